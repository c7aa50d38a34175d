package org.tonghu.protection;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

/** The deadlines of mandatory reports ({@code tonghu.protection.*}). */
@ConfigMapping(prefix = "tonghu.protection")
public interface ProtectionConfig {

    /** How long each receiver has to acknowledge a report. */
    AcknowledgeWithin acknowledgeWithin();

    /** The escalation job. */
    Escalation escalation();

    /** How often the escalation job runs. */
    interface Escalation {

        /** A Quartz interval ("1m"), or "off" not to schedule it (tests call it directly). */
        String every();
    }

    /** Acknowledgment deadlines by danger; a receipt escalates at its deadline and again one such period later. */
    interface AcknowledgeWithin {

        /** When the child is in immediate danger. */
        Duration immediateDanger();

        /** Otherwise. */
        Duration other();
    }
}
