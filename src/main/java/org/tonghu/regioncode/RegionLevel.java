package org.tonghu.regioncode;

/** The five levels of the administrative hierarchy and how many leading digits of a region code each one owns. */
public enum RegionLevel {
    PROVINCE(2),
    CITY(4),
    COUNTY(6),
    TOWNSHIP(9),
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
