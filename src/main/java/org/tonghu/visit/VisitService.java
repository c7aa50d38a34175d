package org.tonghu.visit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tonghu.audit.AuditLog;
import org.tonghu.audit.AuditOperation;
import org.tonghu.caregiverfollowup.CaregiverFollowUpService;
import org.tonghu.child.ChildAccess;
import org.tonghu.child.ChildService;
import org.tonghu.concern.ConcernInput;
import org.tonghu.concern.ConcernService;
import org.tonghu.graphql.Ids;
import org.tonghu.graphql.PageRequest;
import org.tonghu.graphql.Problem;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.security.CurrentUser;
import org.tonghu.time.ChinaTime;
import org.tonghu.validation.TextRules;

/**
 * Visits to children: recording, correcting (the original stays) and reading them for the child's file. Regional
 * staff record visits to the children in their jurisdiction and see all of a child's visits; partner staff record
 * visits to the children their organization works with and see their organization's own. Each visit recorded or
 * corrected recomputes the child's schedule in the database (see the visit-schedule migration).
 */
@ApplicationScoped
public class VisitService {

    static final String CURSOR_KIND = "visit";
    static final String CONTACT_MODE_INVALID = "CONTACT_MODE_INVALID";
    static final String VISITED_AT_INVALID = "VISITED_AT_INVALID";
    static final String TOO_MANY_EVIDENCE_REFERENCES = "TOO_MANY_EVIDENCE_REFERENCES";
    static final String REASON_REQUIRED = "REASON_REQUIRED";
    static final int MAX_EVIDENCE_REFERENCES = 10;

    private final VisitStore store;
    private final ChildService children;
    private final ConcernService concerns;
    private final CaregiverFollowUpService followUps;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    VisitService(VisitStore store, ChildService children, ConcernService concerns, CaregiverFollowUpService followUps,
            CurrentUser currentUser, AuditLog audit) {
        this.store = store;
        this.children = children;
        this.concerns = concerns;
        this.followUps = followUps;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /**
     * Records a visit to a child the caller works with, and the concerns found at it, in one transaction; a visit that
     * finds the caregiver unable to care opens a caregiver follow-up in it too (unless one is open).
     */
    /**
     * The open files under a region with no current visit between two days (ids only, one statement): a part of the
     * file-completeness figure ({@code org.tonghu.childfile.FileCompletenessService}), which checks the caller's
     * jurisdiction.
     */
    public Set<UUID> openFilesWithoutVisit(String regionPrefix, LocalDate from, LocalDate through) {
        return new HashSet<>(store.openFilesWithoutVisit(regionPrefix, from, through));
    }

    @Transactional
    public RecordVisitPayload recordVisit(String childId, VisitInput input) {
        ChildAccess child = children.requireAccess("childId", childId, AuditOperation.VISIT_RECORD);
        Visit visit = new Visit();
        List<ConcernService.Draft> drafts = apply(visit, child, input);
        visit.id = UUID.randomUUID();
        visit.childId = child.childId();
        store.persistAndFlush(visit); // now: the database recomputes the child's schedule
        audit.event(AuditOperation.VISIT_RECORD).record(visit.id).succeeded();
        followUpIfUnableToCare(child, visit);
        return new RecordVisitPayload(view(visit),
                concerns.raise(child, ConcernService.Origin.visit(visit.id), drafts));
    }

    /**
     * Corrects a visit: the correction is a new visit that supersedes the original, which stays readable with the
     * reason. Only the current version can be corrected ({@code CONFLICT} otherwise), by regional staff of the
     * child's jurisdiction or by the organization that recorded it.
     */
    @Transactional
    public RecordVisitPayload correctVisit(String id, int expectedVersion, VisitInput input, String reason) {
        UUID visitId = Ids.parse("id", id);
        Visit original = store.findById(visitId);
        Optional<ChildAccess> child = original == null ? Optional.empty() : accessForCorrection(original);
        if (child.isEmpty()) {
            audit.event(AuditOperation.VISIT_CORRECT).record(visitId).notFound();
            throw new VisitNotFoundException();
        }
        if (original.version != expectedVersion || original.supersededBy != null) {
            throw audit.event(AuditOperation.VISIT_CORRECT).record(visitId).conflict();
        }
        Visit correction = new Visit();
        List<Problem> reasonProblems = new ArrayList<>();
        String statedReason = TextRules.text("reason", reason, 500, true, reasonProblems);
        if (statedReason != null && statedReason.codePointCount(0, statedReason.length()) < 4) {
            reasonProblems.add(Problem.ofField("reason", REASON_REQUIRED,
                    "Say why the visit is corrected (4 to 500 characters)."));
        }
        List<ConcernService.Draft> drafts;
        try {
            drafts = apply(correction, child.get(), input);
        } catch (ValidationFailedException e) {
            reasonProblems.addAll(e.problems());
            throw new ValidationFailedException(reasonProblems);
        }
        if (!reasonProblems.isEmpty()) {
            throw new ValidationFailedException(reasonProblems);
        }
        correction.id = UUID.randomUUID();
        correction.childId = original.childId;
        correction.supersedesId = original.id;
        correction.correctionReason = statedReason;
        store.persistAndFlush(correction);
        original.supersededBy = correction.id;
        store.flushOrConflict(() -> audit.event(AuditOperation.VISIT_CORRECT).record(visitId).conflict());
        audit.event(AuditOperation.VISIT_CORRECT).records(List.of(original.id, correction.id)).because(statedReason)
                .succeeded();
        followUpIfUnableToCare(child.get(), correction);
        return new RecordVisitPayload(view(correction),
                concerns.raise(child.get(), ConcernService.Origin.visit(correction.id), drafts));
    }

    /**
     * A page of a child's visits the caller may see, latest first: every visit for regional staff, their
     * organization's own for partners. Corrected originals only when asked for.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public VisitConnection listVisitsOfChild(ChildAccess child, boolean includeCorrected, Integer first, String after) {
        PageRequest page = PageRequest.of(first, after, CURSOR_KIND);
        // a partner without an organization sees none (no visit is of the nil organization)
        Optional<UUID> ownOnly = child.throughJurisdiction() ? Optional.empty()
                : Optional.of(currentUser.organizationId().orElse(new UUID(0, 0)));
        List<VisitView> rows = store.pageOfChild(child.childId(), includeCorrected, ownOnly, page).stream()
                .map(VisitService::view).toList();
        return page.toConnection(rows, CURSOR_KIND, visit -> VisitStore.LATEST_FIRST.key(visit.visitedOn(), visit.id()),
                VisitEdge::new, VisitConnection::new);
    }

    private void followUpIfUnableToCare(ChildAccess child, Visit visit) {
        if (Boolean.FALSE.equals(visit.caregiverAble)) {
            followUps.openOnVisit(child, visit.id);
        }
    }

    private Optional<ChildAccess> accessForCorrection(Visit original) {
        ChildAccess child;
        try {
            child = children.requireAccess("id", original.childId.toString(), AuditOperation.VISIT_CORRECT);
        } catch (org.tonghu.child.ChildNotFoundException e) {
            return Optional.empty();
        }
        boolean ownOrganization = original.visitorOrganizationId != null
                && original.visitorOrganizationId.equals(currentUser.organizationId().orElse(null));
        return child.throughJurisdiction() || ownOrganization ? Optional.of(child) : Optional.empty();
    }

    /** Validates the input as a whole (concerns included), then copies it and the visitor onto the visit. */
    private List<ConcernService.Draft> apply(Visit visit, ChildAccess child, VisitInput input) {
        List<Problem> problems = new ArrayList<>();
        if (!child.fileOpen()) {
            problems.add(Problem.ofField("childId", ChildAccess.CHILD_FILE_CLOSED, "The child's file is closed."));
        }
        ContactMode mode = input.contactMode();
        if (input.kind() == VisitKind.HOME_VISIT && mode == null) {
            mode = ContactMode.IN_HOME;
        }
        if (mode == null || (input.kind() == VisitKind.HOME_VISIT) != (mode == ContactMode.IN_HOME)) {
            problems.add(Problem.ofField("input.contactMode", CONTACT_MODE_INVALID,
                    "A home visit is IN_HOME; a contact is PHONE, VIDEO or MEETING."));
        }
        OffsetDateTime visitedAt = input.visitedAt();
        LocalDate visitedOn = visitedAt.atZoneSameInstant(ChinaTime.ZONE).toLocalDate();
        if (visitedAt.isAfter(ChinaTime.now().plusMinutes(5)) || visitedOn.isBefore(child.birthDate())) {
            problems.add(Problem.ofField("input.visitedAt", VISITED_AT_INVALID,
                    "visitedAt must lie between the child's birth and now."));
        }
        String personsMet = TextRules.text("input.personsMet", input.personsMet(), 200, false, problems);
        String notes = TextRules.text("input.notes", input.notes(), 2000, false, problems);
        String livingNote = situationNote("living", input.living(), problems);
        String studyNote = situationNote("study", input.study(), problems);
        String healthNote = situationNote("health", input.health(), problems);
        String safetyNote = situationNote("safety", input.safety(), problems);
        String emotionalNote = situationNote("emotional", input.emotional(), problems);
        String guardianshipNote = input.guardianship() == null ? null
                : TextRules.text("input.guardianship.note", input.guardianship().note(), 500, false, problems);
        List<String> evidence = input.evidenceReferences() == null ? List.of() : input.evidenceReferences();
        if (evidence.size() > MAX_EVIDENCE_REFERENCES) {
            problems.add(Problem.ofField("input.evidenceReferences", TOO_MANY_EVIDENCE_REFERENCES,
                    "At most " + MAX_EVIDENCE_REFERENCES + " evidence references."));
        }
        List<String> checkedEvidence = new ArrayList<>();
        for (int i = 0; i < evidence.size(); i++) {
            checkedEvidence.add(TextRules.text("input.evidenceReferences[" + i + "]", evidence.get(i), 200, true,
                    problems));
        }
        List<ConcernService.Draft> drafts = new ArrayList<>();
        List<ConcernInput> concernInputs = input.concerns() == null ? List.of() : input.concerns();
        for (int i = 0; i < concernInputs.size(); i++) {
            concerns.check("input.concerns[" + i + "]", concernInputs.get(i), visitedOn, problems)
                    .ifPresent(drafts::add);
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        visit.kind = input.kind();
        visit.contactMode = mode;
        visit.visitedAt = visitedAt;
        visit.visitedOn = visitedOn;
        visit.visitorRole = VisitorRole.of(currentUser);
        visit.visitorName = currentUser.displayName();
        visit.visitorSubject = currentUser.subject();
        visit.visitorOrganizationId = currentUser.organizationId().orElse(null);
        visit.personsMet = personsMet;
        visit.livingRating = rating(input.living());
        visit.livingNote = livingNote;
        visit.studyRating = rating(input.study());
        visit.studyNote = studyNote;
        visit.healthRating = rating(input.health());
        visit.healthNote = healthNote;
        visit.safetyRating = rating(input.safety());
        visit.safetyNote = safetyNote;
        visit.emotionalRating = rating(input.emotional());
        visit.emotionalNote = emotionalNote;
        visit.caregiverAble = input.guardianship() == null ? null : input.guardianship().caregiverAble();
        visit.caregiverWilling = input.guardianship() == null ? null : input.guardianship().caregiverWilling();
        visit.guardianshipNote = guardianshipNote;
        visit.notes = notes;
        visit.evidenceReferences = checkedEvidence.toArray(String[]::new);
        return drafts;
    }

    private static String situationNote(String aspect, SituationInput situation, List<Problem> problems) {
        return situation == null ? null
                : TextRules.text("input." + aspect + ".note", situation.note(), 500, false, problems);
    }

    private static SituationRating rating(SituationInput situation) {
        return situation == null ? null : situation.rating();
    }

    static VisitView view(Visit visit) {
        return new VisitView(visit.id.toString(), visit.childId.toString(), visit.kind, visit.contactMode,
                visit.visitedAt, visit.visitedOn, visit.visitorRole, visit.visitorName,
                visit.visitorOrganizationId == null ? null : visit.visitorOrganizationId.toString(), visit.personsMet,
                SituationView.of(visit.livingRating, visit.livingNote),
                SituationView.of(visit.studyRating, visit.studyNote),
                SituationView.of(visit.healthRating, visit.healthNote),
                SituationView.of(visit.safetyRating, visit.safetyNote),
                SituationView.of(visit.emotionalRating, visit.emotionalNote),
                visit.caregiverAble == null && visit.caregiverWilling == null && visit.guardianshipNote == null ? null
                        : new GuardianshipObservationView(visit.caregiverAble, visit.caregiverWilling,
                                visit.guardianshipNote),
                visit.notes, Arrays.asList(visit.evidenceReferences),
                visit.supersedesId == null ? null : visit.supersedesId.toString(),
                visit.supersededBy == null ? null : visit.supersededBy.toString(), visit.correctionReason,
                visit.createdAt, (int) visit.version);
    }
}
