package org.tonghu.audit;

import static org.tonghu.audit.AuditRecordType.ACTIVITY;
import static org.tonghu.audit.AuditRecordType.APPOINTMENT;
import static org.tonghu.audit.AuditRecordType.CAREGIVER_FOLLOW_UP;
import static org.tonghu.audit.AuditRecordType.CARE_RECORD;
import static org.tonghu.audit.AuditRecordType.CASE_ACTION;
import static org.tonghu.audit.AuditRecordType.CHILD;
import static org.tonghu.audit.AuditRecordType.CONCERN;
import static org.tonghu.audit.AuditRecordType.GOOD_PRACTICE_CASE;
import static org.tonghu.audit.AuditRecordType.GOOD_PRACTICE_ROUND;
import static org.tonghu.audit.AuditRecordType.GUARDIAN;
import static org.tonghu.audit.AuditRecordType.HARBOR_SITE;
import static org.tonghu.audit.AuditRecordType.NOTIFICATION;
import static org.tonghu.audit.AuditRecordType.OPERATION;
import static org.tonghu.audit.AuditRecordType.ORGANIZATION;
import static org.tonghu.audit.AuditRecordType.PAIRING;
import static org.tonghu.audit.AuditRecordType.PLACEMENT;
import static org.tonghu.audit.AuditRecordType.PROGRESS_REPORT;
import static org.tonghu.audit.AuditRecordType.PROTECTION_REPORT;
import static org.tonghu.audit.AuditRecordType.REFERRAL;
import static org.tonghu.audit.AuditRecordType.REGION;
import static org.tonghu.audit.AuditRecordType.REHABILITATION_RECORD;
import static org.tonghu.audit.AuditRecordType.REPORT_ROUTE;
import static org.tonghu.audit.AuditRecordType.RULE_OF_LAW_VICE_PRINCIPAL;
import static org.tonghu.audit.AuditRecordType.TRAINING_SESSION;
import static org.tonghu.audit.AuditRecordType.VISIT;
import static org.tonghu.audit.AuditRecordType.VISIT_POLICY;
import static org.tonghu.audit.AuditRecordType.VOLUNTEER;
import static org.tonghu.audit.AuditRecordType.WORK_LOG_ENTRY;

/**
 * Every operation the audit trail records, stored by name as the event's {@code operation}, with the kind of record
 * its events name unless an event says otherwise ({@link AuditLog.Entry#on}). Auditors search by these names: rename
 * none.
 */
public enum AuditOperation {
    CHILD_READ(CHILD),
    CHILD_LIST(CHILD),
    CHILD_CREATE(CHILD),
    CHILD_UPDATE(CHILD),
    CHILD_CLOSE(CHILD),
    CHILD_REVEAL_ID_NUMBER(CHILD),
    CHILD_LOOKUP_BY_ID_NUMBER(CHILD),
    CHILD_FILE_READ(CHILD),
    CHILD_FILE_EXPORT(CHILD),
    GUARDIAN_READ(GUARDIAN),
    GUARDIAN_LIST(GUARDIAN),
    GUARDIAN_CREATE(GUARDIAN),
    GUARDIAN_UPDATE(GUARDIAN),
    GUARDIAN_LINK(CHILD),
    GUARDIAN_UNLINK(CHILD),
    ORGANIZATION_CREATE(ORGANIZATION),
    ORGANIZATION_UPDATE(ORGANIZATION),
    APPOINTMENT_CREATE(APPOINTMENT),
    APPOINTMENT_END(APPOINTMENT),
    VISIT_RECORD(VISIT),
    VISIT_CORRECT(VISIT),
    VISIT_POLICY_UPDATE(VISIT_POLICY),
    VISIT_COMPLIANCE_READ(REGION),
    CONCERN_RAISE(CONCERN),
    CONCERN_UPDATE(CONCERN),
    CONCERN_LIST(CONCERN),
    CARE_RECORD_CREATE(CARE_RECORD),
    WORK_LOG_CREATE(WORK_LOG_ENTRY),
    WORK_LOG_LIST(WORK_LOG_ENTRY),
    TRAINING_SESSION_CREATE(TRAINING_SESSION),
    TRAINING_ATTENDANCE_RECORD(TRAINING_SESSION),
    HARBOR_SITE_CREATE(HARBOR_SITE),
    HARBOR_SITE_UPDATE(HARBOR_SITE),
    VOLUNTEER_CREATE(VOLUNTEER),
    VOLUNTEER_UPDATE(VOLUNTEER),
    PAIRING_CREATE(PAIRING),
    PAIRING_END(PAIRING),
    PAIRING_CONTACT_RECORD(PAIRING),
    REFERRAL_CREATE(REFERRAL),
    REFERRAL_READ(REFERRAL),
    REFERRAL_LIST(REFERRAL),
    REFERRAL_ACCEPT(REFERRAL),
    REFERRAL_DECLINE(REFERRAL),
    REFERRAL_CLOSE(REFERRAL),
    REHABILITATION_RECORD_CREATE(REHABILITATION_RECORD),
    REHABILITATION_RECORD_UPDATE(REHABILITATION_RECORD),
    ACTIVITY_CREATE(ACTIVITY),
    ACTIVITY_STATUS_CHANGE(ACTIVITY),
    ACTIVITY_ATTENDANCE_RECORD(ACTIVITY),
    ACTIVITY_ATTENDANCE_READ(CHILD),
    VICE_PRINCIPAL_REGISTER(RULE_OF_LAW_VICE_PRINCIPAL),
    PROTECTION_REPORT_FILE(PROTECTION_REPORT),
    PROTECTION_REPORT_READ(PROTECTION_REPORT),
    PROTECTION_REPORT_LIST(PROTECTION_REPORT),
    PROTECTION_REPORT_ACKNOWLEDGE(PROTECTION_REPORT),
    PROTECTION_REPORT_STEP_ADD(PROTECTION_REPORT),
    PROTECTION_REPORT_CLOSE(PROTECTION_REPORT),
    PROTECTION_REPORT_LINK_CHILD(PROTECTION_REPORT),
    /** Receipts of these reports escalated by the service's job; the reason names the level. */
    PROTECTION_REPORT_ESCALATE(PROTECTION_REPORT),
    REPORT_ROUTE_SET(REPORT_ROUTE),
    /** A temporary custody placement recorded (its id and the child's), or a refusal naming the child. */
    PLACEMENT_RECORD(PLACEMENT),
    PLACEMENT_READ(PLACEMENT),
    /** A page of placements read; the reason names the list (LIST, REVIEWS_DUE). */
    PLACEMENT_LIST(PLACEMENT),
    PLACEMENT_REVIEW(PLACEMENT),
    PLACEMENT_END(PLACEMENT),
    /** A follow-up opened by a visit that found the caregiver unable to care; the reason names the visit. */
    CAREGIVER_FOLLOW_UP_OPEN(CAREGIVER_FOLLOW_UP),
    CAREGIVER_FOLLOW_UP_READ(CAREGIVER_FOLLOW_UP),
    CAREGIVER_FOLLOW_UP_LIST(CAREGIVER_FOLLOW_UP),
    CAREGIVER_FOLLOW_UP_CONTACT(CAREGIVER_FOLLOW_UP),
    CAREGIVER_FOLLOW_UP_CHOOSE(CAREGIVER_FOLLOW_UP),
    CAREGIVER_FOLLOW_UP_RESOLVE(CAREGIVER_FOLLOW_UP),
    CASE_ACTION_RECORD(CASE_ACTION),
    CASE_ACTION_READ(CASE_ACTION),
    /** A yearly collection round of good-practice cases opened (its year). */
    GOOD_PRACTICE_ROUND_CREATE(GOOD_PRACTICE_ROUND),
    GOOD_PRACTICE_ROUND_CHANGE(GOOD_PRACTICE_ROUND),
    GOOD_PRACTICE_CASE_CREATE(GOOD_PRACTICE_CASE),
    GOOD_PRACTICE_CASE_UPDATE(GOOD_PRACTICE_CASE),
    /** A good-practice case (or, reason PHOTO, one of its photos) read by a signed-in caller. */
    GOOD_PRACTICE_CASE_READ(GOOD_PRACTICE_CASE),
    /** A page of good-practice cases read; the reason names the list (ALL, MINE, TO_REVIEW, PUBLISHED). */
    GOOD_PRACTICE_CASE_LIST(GOOD_PRACTICE_CASE),
    /** A case submitted, or (reason REFUSED) refused at submission by its checks. */
    GOOD_PRACTICE_CASE_SUBMIT(GOOD_PRACTICE_CASE),
    GOOD_PRACTICE_CASE_RECOMMEND(GOOD_PRACTICE_CASE),
    GOOD_PRACTICE_CASE_SELECT(GOOD_PRACTICE_CASE),
    GOOD_PRACTICE_CASE_PUBLISH(GOOD_PRACTICE_CASE),
    GOOD_PRACTICE_CASE_RETURN(GOOD_PRACTICE_CASE),
    GOOD_PRACTICE_PHOTO_ADD(GOOD_PRACTICE_CASE),
    GOOD_PRACTICE_PHOTO_REMOVE(GOOD_PRACTICE_CASE),
    /** A file spot check opened (its region and year), its sample drawn: names the check and the children drawn. */
    SPOT_CHECK_CREATE(AuditRecordType.SPOT_CHECK),
    /** A spot check, its results or its redraw read (the reason says which). */
    SPOT_CHECK_READ(AuditRecordType.SPOT_CHECK),
    SPOT_CHECK_LIST(AuditRecordType.SPOT_CHECK),
    /** Drawn files read with their checklists: names the files and their children. */
    SPOT_CHECK_FILE_READ(AuditRecordType.SPOT_CHECK_FILE),
    SPOT_CHECK_FILE_SCORE(AuditRecordType.SPOT_CHECK_FILE),
    /** A year's spot-check figures under a region prefix (the reason is the year). */
    SPOT_CHECK_SUMMARY(REGION),
    RECTIFICATION_TASK_READ(AuditRecordType.RECTIFICATION_TASK),
    RECTIFICATION_TASK_LIST(AuditRecordType.RECTIFICATION_TASK),
    RECTIFICATION_TASK_COMPLETE(AuditRecordType.RECTIFICATION_TASK),
    RECTIFICATION_TASK_CONFIRM(AuditRecordType.RECTIFICATION_TASK),
    RECTIFICATION_TASK_REOPEN(AuditRecordType.RECTIFICATION_TASK),
    /** Alerts marked read by the caller (for the caller only), or a refusal naming ids outside the caller's inbox. */
    NOTIFICATION_MARK_READ(NOTIFICATION),
    /** Annual progress reports (年度工作进展情况): a report, or a region code for lists, or a year for deadlines. */
    PROGRESS_REPORT_CREATE(PROGRESS_REPORT),
    PROGRESS_REPORT_READ(PROGRESS_REPORT),
    PROGRESS_REPORT_LIST(PROGRESS_REPORT),
    PROGRESS_REPORT_UPDATE(PROGRESS_REPORT),
    PROGRESS_REPORT_SUBMIT(PROGRESS_REPORT),
    PROGRESS_REPORT_RETURN(PROGRESS_REPORT),
    PROGRESS_REPORT_ACCEPT(PROGRESS_REPORT),
    PROGRESS_REPORT_EXPORT(PROGRESS_REPORT),
    PROGRESS_REPORT_DEADLINE_SET(PROGRESS_REPORT),
    /** Webhooks of third-party apps (org.tonghu.webhook): a subscription made, read, changed; its deliveries. */
    WEBHOOK_SUBSCRIBE(AuditRecordType.WEBHOOK_SUBSCRIPTION),
    WEBHOOK_SUBSCRIPTION_READ(AuditRecordType.WEBHOOK_SUBSCRIPTION),
    WEBHOOK_SECRET_ROTATE(AuditRecordType.WEBHOOK_SUBSCRIPTION),
    WEBHOOK_SUBSCRIPTION_PAUSE(AuditRecordType.WEBHOOK_SUBSCRIPTION),
    WEBHOOK_SUBSCRIPTION_RESUME(AuditRecordType.WEBHOOK_SUBSCRIPTION),
    WEBHOOK_SUBSCRIPTION_DELETE(AuditRecordType.WEBHOOK_SUBSCRIPTION),
    /** A page of a subscription's deliveries read (names the subscription). */
    WEBHOOK_DELIVERY_READ(AuditRecordType.WEBHOOK_SUBSCRIPTION),
    /** A delivery queued again (names it), or a subscription's since a time (names the subscription). */
    WEBHOOK_DELIVERY_REPLAY(AuditRecordType.WEBHOOK_DELIVERY),
    /** Data-sharing agreements of third-party apps (PIPL art. 13, 23): an agreement, or none for lists. */
    DATA_SHARING_AGREEMENT_REGISTER(AuditRecordType.DATA_SHARING_AGREEMENT),
    DATA_SHARING_AGREEMENT_READ(AuditRecordType.DATA_SHARING_AGREEMENT),
    DATA_SHARING_AGREEMENT_LIST(AuditRecordType.DATA_SHARING_AGREEMENT),
    DATA_SHARING_AGREEMENT_UPDATE(AuditRecordType.DATA_SHARING_AGREEMENT),
    DATA_SHARING_AGREEMENT_REVOKE(AuditRecordType.DATA_SHARING_AGREEMENT),
    /** A third-party app's request, admitted or refused by its agreement: the agreement, the root fields or code. */
    APP_CALL(AuditRecordType.DATA_SHARING_AGREEMENT),
    /** A creating mutation answered again from its idempotency key; the record type names the mutation. */
    IDEMPOTENT_REPLAY(OPERATION),
    /** A request refused by a role check or for want of a jurisdiction or organization; names the method. */
    ACCESS_REFUSED(OPERATION);

    private final AuditRecordType recordType;

    AuditOperation(AuditRecordType recordType) {
        this.recordType = recordType;
    }

    /** The kind of record this operation's events name, unless an event says otherwise. */
    public AuditRecordType recordType() {
        return recordType;
    }
}
