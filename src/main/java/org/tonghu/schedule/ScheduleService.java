package org.tonghu.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tonghu.audit.AuditLog;
import org.tonghu.audit.AuditOperation;
import org.tonghu.child.ChildField;
import org.tonghu.child.ChildService;
import org.tonghu.child.ChildView;
import org.tonghu.child.RiskLevel;
import org.tonghu.graphql.PageRequest;
import org.tonghu.graphql.Problem;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.region.RegionService;
import org.tonghu.security.AccessScope;
import org.tonghu.security.CurrentUser;
import org.tonghu.time.ChinaTime;

/**
 * The visit schedule (policy §9): the policy per risk level, each child's due dates, and the work lists built from
 * them. The rule itself lives in the database (visit_due_on, refresh_visit_schedule) so that every writer keeps the
 * schedule current; this service reads it through the caller's jurisdiction.
 */
@ApplicationScoped
public class ScheduleService {

    static final String CURSOR_KIND = "worklist";
    static final String INTERVAL_INVALID = "INTERVAL_INVALID";
    static final Set<Integer> ALLOWED_INTERVALS = Set.of(1, 2, 3, 4, 6, 12);

    private final ScheduleStore store;
    private final ChildService children;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    ScheduleService(ScheduleStore store, ChildService children, CurrentUser currentUser, AuditLog audit) {
        this.store = store;
        this.children = children;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /**
     * How many children with an open file in each of these villages are overdue on a day, by village code (villages
     * without any are absent): counts only, for caseload reports whose caller has checked access. One query.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Integer> countOverdueByVillage(Collection<String> villageCodes, LocalDate day) {
        return store.countOverdueByVillage(villageCodes, day);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VisitPolicyView> listVisitPolicies() {
        return store.listPolicies().stream().map(VisitPolicyView::of).toList();
    }

    /** Changes the policy of a risk level; every child's schedule is recomputed in the same transaction. */
    @Transactional
    public VisitPolicyView updateVisitPolicy(RiskLevel riskLevel, int expectedVersion, int contactIntervalMonths,
            int homeVisitIntervalMonths) {
        List<Problem> problems = new ArrayList<>();
        if (!ALLOWED_INTERVALS.contains(contactIntervalMonths)) {
            problems.add(Problem.ofField("contactIntervalMonths", INTERVAL_INVALID,
                    "An interval is 1, 2, 3, 4, 6 or 12 months."));
        }
        if (!ALLOWED_INTERVALS.contains(homeVisitIntervalMonths)) {
            problems.add(Problem.ofField("homeVisitIntervalMonths", INTERVAL_INVALID,
                    "An interval is 1, 2, 3, 4, 6 or 12 months."));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        VisitPolicy policy = store.findPolicy(riskLevel);
        if (policy.version != expectedVersion) {
            throw audit.event(AuditOperation.VISIT_POLICY_UPDATE).record(riskLevel).conflict();
        }
        policy.contactIntervalMonths = (short) contactIntervalMonths;
        policy.homeVisitIntervalMonths = (short) homeVisitIntervalMonths;
        store.flushOrConflict(() -> audit.event(AuditOperation.VISIT_POLICY_UPDATE).record(riskLevel).conflict());
        audit.event(AuditOperation.VISIT_POLICY_UPDATE).record(riskLevel).succeeded();
        return VisitPolicyView.of(policy);
    }

    /**
     * The schedules of these children (already in the caller's scope), aligned with them: null where the caller does
     * not keep the child's file (the director's schedule is not a partner's work). One query.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VisitScheduleView> schedulesOf(List<ChildView> childViews) {
        List<ChildView> kept = childViews.stream().filter(child -> child.shows(ChildField.VISIT_SCHEDULE)).toList();
        Map<UUID, VisitSchedule> schedules = kept.isEmpty() ? Map.of()
                : store.findSchedules(kept.stream().map(c -> UUID.fromString(c.id())).toList());
        LocalDate today = ChinaTime.today();
        return childViews.stream().map(child -> Optional.ofNullable(schedules.get(UUID.fromString(child.id())))
                .filter(schedule -> child.shows(ChildField.VISIT_SCHEDULE))
                .map(schedule -> VisitScheduleView.of(schedule, today)).orElse(null)).toList();
    }

    /** One child's schedule, for the child's file (the caller keeps the file). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<VisitScheduleView> findSchedule(UUID childId) {
        return store.findSchedule(childId).map(schedule -> VisitScheduleView.of(schedule, ChinaTime.today()));
    }

    /**
     * The caller's work list: the active children of their jurisdiction (or of a region inside it), most urgent first
     * (the earliest due date, so overdue children lead), optionally only those due within some days.
     */
    @Transactional
    public WorkListConnection workList(String regionCode, Integer dueWithinDays, Integer first, String after) {
        AccessScope scope = currentUser.requireJurisdiction();
        PageRequest page = PageRequest.of(first, after, CURSOR_KIND);
        List<Problem> problems = new ArrayList<>();
        String filter = RegionService.filterPrefix("regionCode", regionCode, problems);
        if (dueWithinDays != null && (dueWithinDays < 0 || dueWithinDays > 366)) {
            problems.add(Problem.ofField("dueWithinDays", "DUE_WITHIN_DAYS_OUT_OF_RANGE",
                    "dueWithinDays is 0 to 366."));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        LocalDate today = ChinaTime.today();
        List<VisitSchedule> schedules = store.workList(scope.jurisdictionOnly(), filter,
                dueWithinDays == null ? null : today.plusDays(dueWithinDays), page);
        Map<String, ChildView> childViews = children.findChildrenInScope(
                schedules.stream().map(schedule -> schedule.childId).toList());
        List<WorkListItem> items = schedules.stream()
                .filter(schedule -> childViews.containsKey(schedule.childId.toString()))
                .map(schedule -> new WorkListItem(childViews.get(schedule.childId.toString()),
                        VisitScheduleView.of(schedule, today)))
                .toList();
        Map<String, VisitSchedule> byChild = schedules.stream()
                .collect(Collectors.toMap(schedule -> schedule.childId.toString(), Function.identity()));
        return page.toConnection(items, CURSOR_KIND,
                item -> ScheduleStore.EARLIEST_DUE_FIRST.key(byChild.get(item.child().id()).nextDueOn,
                        item.child().id()),
                WorkListEdge::new, WorkListConnection::new);
    }
}
