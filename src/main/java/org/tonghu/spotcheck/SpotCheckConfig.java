package org.tonghu.spotcheck;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The numbers of file spot checks ({@code tonghu.spotcheck.*}). */
@ConfigMapping(prefix = "tonghu.spotcheck")
public interface SpotCheckConfig {

    /** Files drawn per township when a check does not say. */
    @WithDefault("10")
    int filesPerTownship();

    /** The most files per township a check may ask for. */
    @WithDefault("50")
    int maxFilesPerTownship();

    /** Days the director has to rectify a failed item (from the day it is scored, or reopened). */
    @WithDefault("30")
    int rectificationDays();

    /** A concern still OPEN (nothing done) this many days after it was raised fails CONCERNS_FOLLOWED_UP. */
    @WithDefault("30")
    int concernFollowUpDays();
}
