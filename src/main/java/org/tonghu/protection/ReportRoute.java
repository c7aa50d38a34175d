package org.tonghu.protection;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.tonghu.persistence.VersionedRecord;

/** A route of the reports of a region for one kind of receiver, as stored. */
@Entity
@Table(name = "report_routing")
@IdClass(ReportRoute.Key.class)
public class ReportRoute extends VersionedRecord {

    @Id
    @Column(name = "region_code")
    public String regionCode;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "receiver_kind")
    public ReceiverKind receiverKind;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(name = "updated_by_name", nullable = false)
    public String updatedByName;

    /** The route's key: region and kind. */
    public static class Key implements Serializable {

        public String regionCode;
        public ReceiverKind receiverKind;

        public Key() {
        }

        Key(String regionCode, ReceiverKind receiverKind) {
            this.regionCode = regionCode;
            this.receiverKind = receiverKind;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.regionCode.equals(regionCode) && key.receiverKind == receiverKind;
        }

        @Override
        public int hashCode() {
            return Objects.hash(regionCode, receiverKind);
        }
    }
}
