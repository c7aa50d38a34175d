package org.tonghu.caseaction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tonghu.activity.ActivityKind;
import org.tonghu.activity.ActivityService;
import org.tonghu.activity.ActivityStatus;
import org.tonghu.activity.ActivityView;
import org.tonghu.audit.AuditLog;
import org.tonghu.audit.AuditOperation;
import org.tonghu.audit.AuditRecordType;
import org.tonghu.child.ChildAccess;
import org.tonghu.child.ChildNotFoundException;
import org.tonghu.child.ChildService;
import org.tonghu.graphql.Ids;
import org.tonghu.graphql.Problem;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.protection.ProtectionReportService;
import org.tonghu.regioncode.RegionCode;
import org.tonghu.security.CurrentUser;
import org.tonghu.time.ChinaTime;
import org.tonghu.time.Clock;
import org.tonghu.validation.TextRules;

/**
 * Linked actions on a child's case (policy §6): protection orders, revocations of guardianship, family-education
 * orders (tied to the FAMILY_EDUCATION activity giving the guidance), judicial and procuratorial suggestions. Civil-
 * affairs officers over the child's village record them (the duty of following court and procuratorate decisions is
 * theirs); everyone who keeps the child's file (directors, supervisors, officers) reads them on the child; partners
 * see none. Every read and record is audited.
 */
@ApplicationScoped
public class CaseActionService {

    static final String ACTION_DATE_INVALID = "ACTION_DATE_INVALID";
    static final String PROTECTION_REPORT_NOT_OF_CHILD = "PROTECTION_REPORT_NOT_OF_CHILD";
    static final String ACTIVITY_NOT_EXPECTED = "ACTIVITY_NOT_EXPECTED";
    static final String ACTIVITY_NOT_FOUND = "ACTIVITY_NOT_FOUND";
    static final String ACTIVITY_NOT_FAMILY_EDUCATION = "ACTIVITY_NOT_FAMILY_EDUCATION";
    static final String ACTIVITY_CANCELLED = "ACTIVITY_CANCELLED";
    static final String ACTIVITY_ELSEWHERE = "ACTIVITY_ELSEWHERE";

    private final CaseActionStore store;
    private final ChildService children;
    private final ActivityService activities;
    private final ProtectionReportService reports;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    CaseActionService(CaseActionStore store, ChildService children, ActivityService activities,
            ProtectionReportService reports, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.store = store;
        this.children = children;
        this.activities = activities;
        this.reports = reports;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records a linked action on the case of a child in the caller's jurisdiction (civil-affairs officers). */
    @Transactional
    public CaseActionView recordCaseAction(String childId, CaseActionInput input) {
        if (!currentUser.isCivilAffairsOfficer()) {
            throw currentUser.refused();
        }
        ChildAccess child = children.requireAccess("childId", childId, AuditOperation.CASE_ACTION_RECORD);
        if (!child.throughJurisdiction()) {
            audit.event(AuditOperation.CASE_ACTION_RECORD).on(AuditRecordType.CHILD)
                    .record(child.childId()).notFound();
            throw new ChildNotFoundException();
        }
        List<Problem> problems = new ArrayList<>();
        String issuingBody = TextRules.text("input.issuingBody", input.issuingBody(), 100, true, problems);
        String documentNumber = TextRules.text("input.documentNumber", input.documentNumber(), 60, true, problems);
        String note = TextRules.text("input.note", input.note(), 1000, false, problems);
        LocalDate actionDate = input.actionDate();
        if (actionDate.isAfter(ChinaTime.today()) || actionDate.isBefore(child.birthDate())) {
            problems.add(Problem.ofField("input.actionDate", ACTION_DATE_INVALID,
                    "actionDate lies between the child's birth and today."));
        }
        UUID report = null;
        if (input.protectionReportId() != null) {
            report = Ids.parse("input.protectionReportId", input.protectionReportId());
            if (!reports.isReportAboutChild(report, child.childId())) {
                problems.add(Problem.ofField("input.protectionReportId", PROTECTION_REPORT_NOT_OF_CHILD,
                        "No mandatory report about this child with this id that you handle."));
            }
        }
        UUID activity = null;
        if (input.familyEducationActivityId() != null) {
            activity = Ids.parse("input.familyEducationActivityId", input.familyEducationActivityId());
            checkActivity(input.kind(), activity, child, problems);
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        CaseAction action = new CaseAction();
        action.id = UUID.randomUUID();
        action.childId = child.childId();
        action.kind = input.kind();
        action.actionDate = actionDate;
        action.issuingBody = issuingBody;
        action.documentNumber = documentNumber;
        action.protectionReportId = report;
        action.familyEducationActivityId = activity;
        action.note = note;
        action.recordedByName = currentUser.displayName();
        action.recordedBySubject = currentUser.subject();
        action.recordedAt = clock.now();
        store.persist(action);
        audit.event(AuditOperation.CASE_ACTION_RECORD).record(action.id).succeeded();
        return CaseActionView.of(action);
    }

    /**
     * A family-education order's guidance: an activity of kind FAMILY_EDUCATION, not cancelled, held in the child's
     * region (its village, or a region containing it); only a family-education order names one.
     */
    private void checkActivity(CaseActionKind kind, UUID activityId, ChildAccess child, List<Problem> problems) {
        String field = "input.familyEducationActivityId";
        if (kind != CaseActionKind.FAMILY_EDUCATION_ORDER) {
            problems.add(Problem.ofField(field, ACTIVITY_NOT_EXPECTED,
                    "Only a family-education order names its guidance activity."));
            return;
        }
        Optional<ActivityView> activity = activities.findActivityToLink(activityId);
        if (activity.isEmpty()) {
            problems.add(Problem.ofField(field, ACTIVITY_NOT_FOUND, "No activity with this id."));
        } else if (activity.get().kind() != ActivityKind.FAMILY_EDUCATION) {
            problems.add(Problem.ofField(field, ACTIVITY_NOT_FAMILY_EDUCATION,
                    "The activity is not family-education guidance."));
        } else if (activity.get().status() == ActivityStatus.CANCELLED) {
            problems.add(Problem.ofField(field, ACTIVITY_CANCELLED, "The activity was cancelled."));
        } else if (activity.get().regionCode() == null || !RegionCode.parse(activity.get().regionCode())
                .map(region -> child.residenceVillageCode().startsWith(region.scopePrefix())).orElse(false)) {
            problems.add(Problem.ofField(field, ACTIVITY_ELSEWHERE,
                    "The activity takes place outside the child's region."));
        }
    }

    /**
     * The linked actions of these children in date order (at most {@value CaseActionStore#MAX_PER_CHILD}, the
     * latest), for the children whose file the caller keeps; none for the others. Two queries, audited.
     */
    @Transactional
    public Map<UUID, List<CaseActionView>> findCaseActionsOfChildren(Collection<UUID> childIds) {
        Set<UUID> kept = childIds.isEmpty() ? Set.of() : children.filterInScope(childIds, true);
        Map<UUID, List<CaseActionView>> byChild = new LinkedHashMap<>();
        if (kept.isEmpty()) {
            return byChild;
        }
        List<CaseAction> rows = store.listOfChildren(kept);
        rows.forEach(row -> byChild.computeIfAbsent(row.childId, id -> new ArrayList<>()).add(CaseActionView.of(row)));
        if (!rows.isEmpty()) {
            audit.event(AuditOperation.CASE_ACTION_READ).records(rows.stream().map(row -> row.id).toList())
                    .succeeded();
        }
        return byChild;
    }
}
