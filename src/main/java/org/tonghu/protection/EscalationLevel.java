package org.tonghu.protection;

import org.eclipse.microprofile.graphql.Description;
import org.tonghu.regioncode.RegionLevel;

/** The civil affairs a receipt not acknowledged in time escalates to, in order. */
@Description("The civil affairs a receipt not acknowledged in time escalates to, in order.")
public enum EscalationLevel {
    @Description("Civil affairs of the city (市民政).")
    CITY(RegionLevel.CITY),
    @Description("Civil affairs of the province (省民政).")
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
