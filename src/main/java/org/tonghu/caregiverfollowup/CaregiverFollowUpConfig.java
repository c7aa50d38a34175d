package org.tonghu.caregiverfollowup;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The deadlines of caregiver follow-ups ({@code tonghu.caregiver-follow-up.*}). */
@ConfigMapping(prefix = "tonghu.caregiver-follow-up")
public interface CaregiverFollowUpConfig {

    /** How long after its opening a follow-up is due to be resolved. */
    @WithDefault("P15D")
    Duration resolveWithin();

    /** How long before the deadline the directors of the child's village are alerted that it is near. */
    @WithDefault("P2D")
    Duration nearBefore();
}
