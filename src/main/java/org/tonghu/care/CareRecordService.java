package org.tonghu.care;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tonghu.audit.AuditLog;
import org.tonghu.audit.AuditOperation;
import org.tonghu.child.ChildAccess;
import org.tonghu.child.ChildService;
import org.tonghu.graphql.Ids;
import org.tonghu.graphql.PageRequest;
import org.tonghu.graphql.Problem;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.organization.OrganizationService;
import org.tonghu.security.CurrentUser;
import org.tonghu.time.ChinaTime;
import org.tonghu.validation.TextRules;

/**
 * Care records: help given to children. Regional staff and partners record help for the children they work with;
 * regional staff see all of a child's care records, partners the ones their organization recorded.
 */
@ApplicationScoped
public class CareRecordService {

    static final String CURSOR_KIND = "care";
    static final String PROVIDED_ON_INVALID = "PROVIDED_ON_INVALID";
    static final String ORGANIZATION_NOT_FOUND = "ORGANIZATION_NOT_FOUND";

    private final CareRecordStore store;
    private final ChildService children;
    private final OrganizationService organizations;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    CareRecordService(CareRecordStore store, ChildService children, OrganizationService organizations,
            CurrentUser currentUser, AuditLog audit) {
        this.store = store;
        this.children = children;
        this.organizations = organizations;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @Transactional
    public CareRecordView recordCare(String childId, CareRecordInput input) {
        ChildAccess child = children.requireAccess("childId", childId, AuditOperation.CARE_RECORD_CREATE);
        List<Problem> problems = new ArrayList<>();
        if (!child.fileOpen()) {
            problems.add(Problem.ofField("childId", ChildAccess.CHILD_FILE_CLOSED, "The child's file is closed."));
        }
        String description = TextRules.text("input.description", input.description(), 1000, true, problems);
        if (input.providedOn().isAfter(ChinaTime.today()) || input.providedOn().isBefore(child.birthDate())) {
            problems.add(Problem.ofField("input.providedOn", PROVIDED_ON_INVALID,
                    "providedOn must lie between the child's birth and today."));
        }
        UUID provider = currentUser.organizationId().orElse(null);
        if (input.providerOrganizationId() != null) {
            provider = Ids.parse("input.providerOrganizationId", input.providerOrganizationId());
            if (organizations.findOrganization(provider).isEmpty()) {
                problems.add(Problem.ofField("input.providerOrganizationId", ORGANIZATION_NOT_FOUND,
                        "No organization with this id."));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        CareRecord record = new CareRecord();
        record.id = UUID.randomUUID();
        record.childId = child.childId();
        record.kind = input.kind();
        record.providerOrganizationId = provider;
        record.providedOn = input.providedOn();
        record.description = description;
        record.recordedByName = currentUser.displayName();
        record.recordedBySubject = currentUser.subject();
        record.recorderOrganizationId = currentUser.organizationId().orElse(null);
        store.persistAndFlush(record);
        audit.event(AuditOperation.CARE_RECORD_CREATE).record(record.id).succeeded();
        return CareRecordView.of(record);
    }

    /** A page of a child's care records the caller may see, latest first; for the child's file. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CareRecordConnection listCareRecordsOfChild(ChildAccess child, Integer first, String after) {
        PageRequest page = PageRequest.of(first, after, CURSOR_KIND);
        List<CareRecordView> rows = store.pageOfChild(child.childId(), child.throughJurisdiction(),
                currentUser.organizationId().orElse(null), page).stream().map(CareRecordView::of).toList();
        return page.toConnection(rows, CURSOR_KIND,
                record -> CareRecordStore.LATEST_FIRST.key(record.providedOn(), record.id()),
                CareRecordEdge::new, CareRecordConnection::new);
    }
}
