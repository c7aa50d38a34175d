package org.tonghu.training;

import org.tonghu.regioncode.RegionLevel;

/** Who runs a training session: the city or a county. */
public enum TrainingLevel {
    CITY(RegionLevel.CITY),
    COUNTY(RegionLevel.COUNTY);

    private final RegionLevel regionLevel;

    TrainingLevel(RegionLevel regionLevel) {
        this.regionLevel = regionLevel;
    }

    /** The level of the region a session of this level belongs to. */
    public RegionLevel regionLevel() {
        return regionLevel;
    }
}
