package org.tonghu.harbor;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.tonghu.persistence.VersionedRecord;

/** A Tongxin Harbor (童心港湾) site in a village, run by an organization (usually the Youth League), as stored. */
@Entity
@Table(name = "harbor_site")
public class HarborSite extends VersionedRecord {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "name", nullable = false, length = 100)
    public String name;

    @Column(name = "village_code", nullable = false, length = 12)
    public String villageCode;

    @Column(name = "operating_organization_id", nullable = false)
    public UUID operatingOrganizationId;
}
