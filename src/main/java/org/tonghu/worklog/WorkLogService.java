package org.tonghu.worklog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tonghu.audit.AuditLog;
import org.tonghu.audit.AuditOperation;
import org.tonghu.child.ChildAccess;
import org.tonghu.child.ChildService;
import org.tonghu.graphql.PageRequest;
import org.tonghu.graphql.Problem;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.regioncode.RegionCode;
import org.tonghu.region.RegionService;
import org.tonghu.security.AccessScope;
import org.tonghu.security.CurrentUser;
import org.tonghu.time.ChinaTime;
import org.tonghu.validation.TextRules;

/** Directors' and supervisors' work logs, kept and read inside the writer's jurisdiction only. */
@ApplicationScoped
public class WorkLogService {

    static final String CURSOR_KIND = "worklog";
    static final String ENTRY_DATE_INVALID = "ENTRY_DATE_INVALID";
    static final String REGION_OUT_OF_SCOPE = "REGION_OUT_OF_SCOPE";

    private final WorkLogStore store;
    private final ChildService children;
    private final RegionService regions;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    WorkLogService(WorkLogStore store, ChildService children, RegionService regions, CurrentUser currentUser,
            AuditLog audit) {
        this.store = store;
        this.children = children;
        this.regions = regions;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @Transactional
    public WorkLogEntryView recordWorkLogEntry(WorkLogEntryInput input) {
        AccessScope scope = currentUser.requireJurisdiction();
        List<Problem> problems = new ArrayList<>();
        String content = TextRules.text("input.content", input.content(), 2000, true, problems);
        if (input.entryDate().isAfter(ChinaTime.today()) || input.entryDate().isBefore(LocalDate.of(2000, 1, 1))) {
            problems.add(Problem.ofField("input.entryDate", ENTRY_DATE_INVALID,
                    "entryDate must not lie in the future."));
        }
        Optional<RegionCode> region = input.regionCode() == null ? currentUser.region()
                : regions.checkKnownRegion("input.regionCode", input.regionCode(), problems);
        region.filter(code -> !scope.coversRegion(code.value())).ifPresent(code -> problems.add(
                Problem.ofField("input.regionCode", REGION_OUT_OF_SCOPE,
                        "The region lies outside your jurisdiction.")));
        UUID childId = null;
        if (input.childId() != null) {
            ChildAccess child = children.requireAccess("input.childId", input.childId(),
                    AuditOperation.WORK_LOG_CREATE);
            if (!child.throughJurisdiction()) {
                throw currentUser.refused();
            }
            childId = child.childId();
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        WorkLogEntry entry = new WorkLogEntry();
        entry.id = UUID.randomUUID();
        entry.regionCode = region.orElseThrow(currentUser::refused).value();
        entry.childId = childId;
        entry.entryDate = input.entryDate();
        entry.content = content;
        entry.authorName = currentUser.displayName();
        entry.authorSubject = currentUser.subject();
        store.persistAndFlush(entry);
        audit.event(AuditOperation.WORK_LOG_CREATE).record(entry.id).succeeded();
        return WorkLogEntryView.of(entry);
    }

    /** A page of the work log of a region in the caller's jurisdiction (default: all of it), latest first. */
    @Transactional
    public WorkLogConnection listWorkLog(String regionCode, Integer first, String after) {
        AccessScope scope = currentUser.requireJurisdiction();
        List<Problem> problems = new ArrayList<>();
        String filter = RegionService.filterPrefix("regionCode", regionCode, problems);
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        String prefix = scope.regionPrefix().orElseThrow();
        PageRequest page = PageRequest.of(first, after, CURSOR_KIND);
        WorkLogConnection connection = connection(page, store.pageUnder(prefix, filter, page));
        audit.event(AuditOperation.WORK_LOG_LIST)
                .records(connection.edges().stream().map(e -> e.node().id()).toList()).succeeded();
        return connection;
    }

    /** A page of the entries about a child, for the child's file; only for those who keep the file. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<WorkLogConnection> listWorkLogOfChild(ChildAccess child, Integer first, String after) {
        if (!child.throughJurisdiction()) {
            return Optional.empty();
        }
        PageRequest page = PageRequest.of(first, after, CURSOR_KIND);
        return Optional.of(connection(page, store.pageOfChild(child.childId(), page)));
    }

    private static WorkLogConnection connection(PageRequest page, List<WorkLogEntry> entries) {
        return page.toConnection(entries.stream().map(WorkLogEntryView::of).toList(), CURSOR_KIND,
                entry -> WorkLogStore.LATEST_FIRST.key(entry.entryDate(), entry.id()), WorkLogEdge::new,
                WorkLogConnection::new);
    }
}
