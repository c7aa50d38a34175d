package org.tonghu.audit;

/** The kind of record an audit event names, stored as the event's {@code record_type}. */
public enum AuditRecordType {
    CHILD,
    GUARDIAN,
    ORGANIZATION,
    REGION,
    APPOINTMENT,
    VISIT,
    VISIT_POLICY,
    CONCERN,
    CARE_RECORD,
    WORK_LOG_ENTRY,
    TRAINING_SESSION,
    HARBOR_SITE,
    VOLUNTEER,
    PAIRING,
    REFERRAL,
    REHABILITATION_RECORD,
    ACTIVITY,
    RULE_OF_LAW_VICE_PRINCIPAL,
    PROTECTION_REPORT,
    /** A route of mandatory reports (its region code and receiver kind). */
    REPORT_ROUTE,
    /** A temporary custody placement (临时监护). */
    PLACEMENT,
    /** A follow-up of a caregiver found unable to care. */
    CAREGIVER_FOLLOW_UP,
    /** A linked action on a child's case (a court's order, a procuratorate's suggestion, ...). */
    CASE_ACTION,
    /** A good-practice case (优秀案例). */
    GOOD_PRACTICE_CASE,
    /** A yearly collection round of good-practice cases (its year). */
    GOOD_PRACTICE_ROUND,
    /** A file spot check (抽查). */
    SPOT_CHECK,
    /** A file drawn by a spot check, with its checklist. */
    SPOT_CHECK_FILE,
    /** A rectification task (整改) from a spot check. */
    RECTIFICATION_TASK,
    /** An alert of an inbox. */
    NOTIFICATION,
    /** An annual progress report (or the region or year its list or deadlines are of). */
    PROGRESS_REPORT,
    /** A webhook subscription of a third-party app. */
    WEBHOOK_SUBSCRIPTION,
    /** A webhook delivery (one event to one subscription). */
    WEBHOOK_DELIVERY,
    /** A data-sharing agreement of a third-party app (or, refused, the client id that has none in force). */
    DATA_SHARING_AGREEMENT,
    /** A method of the service, for refusals by the security layer. */
    OPERATION
}
