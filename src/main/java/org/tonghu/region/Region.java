package org.tonghu.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.tonghu.regioncode.RegionCode;

/** A region of the administrative hierarchy, as stored. Its level and ancestors follow from its code. */
@Entity
@Table(name = "region")
public class Region {

    @Id
    @Column(name = "code", length = 12)
    public String code;

    @Column(name = "name", nullable = false, length = 100)
    public String name;

    @Column(name = "parent_code", length = 12)
    public String parentCode;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    public RegionCode regionCode() {
        return new RegionCode(code);
    }
}
