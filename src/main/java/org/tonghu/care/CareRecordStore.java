package org.tonghu.care;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.tonghu.graphql.PageRequest;
import org.tonghu.persistence.NativeSql;
import org.tonghu.persistence.NativeSql.Keyset;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The {@code care_record} table. */
@ApplicationScoped
class CareRecordStore implements PanacheRepositoryBase<CareRecord, UUID> {

    /** The keyset of a child's care records: the latest provided first ("date|uuid" cursors). */
    static final Keyset LATEST_FIRST = Keyset.dateThenId("r.provided_on", "r.id", Keyset.Order.DESCENDING);

    /**
     * A page of a child's care records: every one, or only those the organization recorded (none for a null
     * organization).
     */
    List<CareRecord> pageOfChild(UUID childId, boolean every, UUID recorderOrganization, PageRequest page) {
        return NativeSql.of("select r.* from care_record r where r.child_id = :childId").bind("childId", childId)
                .andIf(!every, "r.recorder_organization_id = :organization", "organization", recorderOrganization)
                .keysetPage(page, LATEST_FIRST).list(getEntityManager(), CareRecord.class);
    }
}
