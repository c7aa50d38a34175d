package org.tonghu.placement;

import java.time.Duration;
import java.time.Period;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The review rhythm of placements ({@code tonghu.placement.*}). */
@ConfigMapping(prefix = "tonghu.placement")
public interface PlacementConfig {

    /** The first review after the start, and the next after a review, when none is given (ISO-8601 period). */
    @WithDefault("P3M")
    Period reviewEvery();

    /** How long before a review it is due: listed as due, and alerted (ISO-8601 duration). */
    @WithDefault("P7D")
    Duration reviewNear();
}
