package org.tonghu.protection;

import org.tonghu.regioncode.RegionLevel;

/** The civil affairs a receipt not acknowledged in time escalates to, in order. */
public enum EscalationLevel {
    CITY(RegionLevel.CITY),
    PROVINCE(RegionLevel.PROVINCE);

    private final RegionLevel regionLevel;

    EscalationLevel(RegionLevel regionLevel) {
        this.regionLevel = regionLevel;
    }

    /** The region level of the civil affairs escalated to. */
    public RegionLevel regionLevel() {
        return regionLevel;
    }
}
