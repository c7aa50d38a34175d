package org.tonghu.policy;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

/**
 * The policy's numbers that the service applies, in one place ({@code tonghu.policy.*} in
 * {@code application.properties}, each overridable by environment variable): texts that state a number are formatted
 * from here, never written out. Numbers the province changes while the service runs (the visit intervals per risk
 * level) live in the data instead ({@code visit_policy}).
 */
@ConfigMapping(prefix = "tonghu.policy")
public interface CarePolicy {

    /**
     * Left-behind children and children in difficulty one village director may serve alone; a village with more needs
     * more directors (policy §21).
     */
    int childrenPerDirector();

    /** How long a partner organization keeps seeing a child after its work with the child ends. */
    PartnerAccess partnerAccess();

    /** The limits of a "loving mother" pairing. */
    Pairing pairing();

    /** How fast a receiving organization must answer a referral. */
    Referral referral();

    /** How long a partner keeps its relationship with a child after the work that opened it (its follow-up). */
    interface PartnerAccess {

        /** Days after the activity a child attended. */
        int daysAfterActivityAttendance();

        /** Days after the end of a rehabilitation assessment. */
        int daysAfterRehabilitationAssessment();

        /** Days after the end of any other rehabilitation service. */
        int daysAfterRehabilitationService();
    }

    /** A pairing's dates and check-ins. */
    interface Pairing {

        /** The check-in interval when none is given. */
        int defaultCheckInIntervalDays();

        /** The longest check-in interval allowed. */
        int maxCheckInIntervalDays();

        /** How far ahead of today a pairing may be registered to start. */
        int latestStartDaysAhead();

        /** How many active pairings one volunteer may hold at once. */
        int maxActivePerVolunteer();
    }

    /** A referral's deadline to accept or decline, by urgency. */
    interface Referral {

        /** For a routine referral. */
        Duration answerWithinRoutine();

        /** For an urgent referral. */
        Duration answerWithinUrgent();

        /** For an emergency. */
        Duration answerWithinEmergency();
    }
}
