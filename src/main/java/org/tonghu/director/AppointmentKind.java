package org.tonghu.director;

import org.eclipse.microprofile.graphql.Description;
import org.tonghu.regioncode.RegionLevel;

/** The two front-line appointments of the policy (§21), each to its own level of region. */
@Description("The two front-line appointments of the policy (§21), each to its own level of region.")
public enum AppointmentKind {
    @Description("Village child director (儿童主任), appointed to a village or community.")
    /** 儿童主任: appointed to a village or community. */
    DIRECTOR(RegionLevel.VILLAGE),
    @Description("Township child supervisor (儿童督导员), appointed to a township.")
    /** 儿童督导员: appointed to a township. */
    SUPERVISOR(RegionLevel.TOWNSHIP);

    private final RegionLevel level;

    AppointmentKind(RegionLevel level) {
        this.level = level;
    }

    /** The level of region this kind of appointment is made to. */
    public RegionLevel level() {
        return level;
    }
}
