package org.tonghu.notification;

import org.eclipse.microprofile.graphql.Description;

/** Why someone is alerted. */
@Description("Why you are alerted (提醒).")
public enum NotificationKind {
    @Description("A mandatory report (强制报告) routed to your organization waits for its acknowledgment by dueAt.")
    PROTECTION_REPORT_TO_ACKNOWLEDGE,
    @Description("A mandatory report was not acknowledged in time by one of its receivers and is escalated to you.")
    PROTECTION_REPORT_ESCALATED,
    @Description("A referral to your organization waits for its answer (accept or decline).")
    REFERRAL_TO_ANSWER,
    @Description("A partner raised a concern about a child of your village.")
    CONCERN_RAISED,
    @Description("A visit found the entrusted caregiver of a child of your village or township unable to care: tell the"
            + " parents and choose a caregiver by dueAt (a caregiver follow-up).")
    CAREGIVER_FOLLOW_UP_OPENED,
    @Description("Something you must do is due soon, at dueAt: the subject names what (a report to acknowledge, a"
            + " referral to answer).")
    DEADLINE_NEAR,
    @Description("Something you had to do by dueAt is overdue: the subject names what.")
    DEADLINE_PASSED,
    @Description("The review of a temporary custody placement (临时监护) of a child of your county or village is due at"
            + " dueAt.")
    PLACEMENT_REVIEW_DUE,
    @Description("A file spot check (抽查) failed an item of a child of your village: put it right by dueAt and mark the"
            + " rectification task done (also when the checker reopens it).")
    RECTIFICATION_TASK_ASSIGNED
}
