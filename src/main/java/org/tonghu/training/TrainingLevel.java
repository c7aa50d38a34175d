package org.tonghu.training;

import org.eclipse.microprofile.graphql.Description;
import org.tonghu.regioncode.RegionLevel;

/** Who runs a training session: the city or a county. */
@Description("Who runs a training session for directors: the city or a county (policy §21).")
public enum TrainingLevel {
    @Description("A city session (e.g. demonstration training).")
    CITY(RegionLevel.CITY),
    @Description("A county session.")
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
