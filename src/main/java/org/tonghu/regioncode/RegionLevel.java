package org.tonghu.regioncode;

import org.eclipse.microprofile.graphql.Description;

/** The five levels of the administrative hierarchy and how many leading digits of a region code each one owns. */
@Description("The five levels of the administrative hierarchy (行政区划层级) and the leading digits of a region code "
        + "each owns.")
public enum RegionLevel {
    @Description("Province (省): the first 2 digits.")
    PROVINCE(2),
    @Description("City (市): the first 4 digits.")
    CITY(4),
    @Description("County, county-level city or district (县/市/区): 6 digits.")
    COUNTY(6),
    @Description("Township or subdistrict (乡镇/街道): 9 digits.")
    TOWNSHIP(9),
    @Description("Village or community (村/社区): all 12 digits.")
    VILLAGE(12);

    private final int prefixLength;

    RegionLevel(int prefixLength) {
        this.prefixLength = prefixLength;
    }

    /** The number of leading digits that identify a region of this level; the rest of its code is zeros. */
    public int prefixLength() {
        return prefixLength;
    }
}
