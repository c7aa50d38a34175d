package org.tonghu.child;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
import org.tonghu.audit.AuditRecordType;
import org.tonghu.audit.AuditResult;
import org.tonghu.graphql.Ids;
import org.tonghu.graphql.PageRequest;
import org.tonghu.graphql.Problem;
import org.tonghu.graphql.TotalCount;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.regioncode.RegionCode;
import org.tonghu.regioncode.RegionLevel;
import org.tonghu.region.RegionService;
import org.tonghu.security.AccessScope;
import org.tonghu.security.CurrentUser;
import org.tonghu.time.ChinaTime;
import org.tonghu.validation.TextRules;

import io.quarkus.security.ForbiddenException;

/**
 * Children's files: look-ups, lists, writes and the audited reveal of the national ID number. Every read and write
 * goes through the caller's scope ({@link CurrentUser#childScope()}) and writes an audit event in its transaction.
 */
@ApplicationScoped
public class ChildService {

    static final String CURSOR_KIND = "child";

    static final String RESIDENCE_NOT_A_VILLAGE = "RESIDENCE_NOT_A_VILLAGE";
    static final String RESIDENCE_OUT_OF_SCOPE = "RESIDENCE_OUT_OF_SCOPE";
    static final String BIRTH_DATE_IN_FUTURE = "BIRTH_DATE_IN_FUTURE";
    static final String NOT_A_MINOR = "NOT_A_MINOR";
    static final String ID_NUMBER_BIRTH_DATE_MISMATCH = "ID_NUMBER_BIRTH_DATE_MISMATCH";
    static final String ID_NUMBER_ALREADY_REGISTERED = "ID_NUMBER_ALREADY_REGISTERED";
    static final String CATEGORY_REQUIRED = "CATEGORY_REQUIRED";
    static final String DISABILITY_GRADE_OUT_OF_RANGE = "DISABILITY_GRADE_OUT_OF_RANGE";
    static final String REASON_REQUIRED = "REASON_REQUIRED";
    static final String YEAR_INVALID = "YEAR_INVALID";
    static final String CLOSED_ON_INVALID = "CLOSED_ON_INVALID";
    static final String REGISTERED_ON_INVALID = "REGISTERED_ON_INVALID";
    static final String CHILD_REFERENCE_INCOMPLETE = "CHILD_REFERENCE_INCOMPLETE";
    static final int MIN_REASON_LENGTH = 4;

    private final ChildStore store;
    private final RegionService regions;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    ChildService(ChildStore store, RegionService regions, CurrentUser currentUser, AuditLog audit) {
        this.store = store;
        this.regions = regions;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** The child with this id, if it lies in the caller's scope; {@code CHILD_NOT_FOUND} otherwise. Audited. */
    @Transactional
    public ChildView findChild(String id) {
        return findChild(id, scope());
    }

    /**
     * The child with this id, to change its file: only if it lives in the caller's jurisdiction (a relationship lets a
     * partner see a child, never edit its file); {@code CHILD_NOT_FOUND} otherwise. Audited.
     */
    @Transactional
    public ChildView findChildToEdit(String id) {
        return findChild(id, scope().jurisdictionOnly());
    }

    private ChildView findChild(String id, AccessScope scope) {
        UUID childId = Ids.parse("id", id);
        List<ChildView> found = views(store.findInScope(List.of(childId), scope));
        if (found.isEmpty()) {
            audit.event(AuditOperation.CHILD_READ).record(childId).notFound();
            throw new ChildNotFoundException();
        }
        audit.event(AuditOperation.CHILD_READ).record(childId).succeeded();
        return found.get(0);
    }

    /** The children with these ids that lie in the caller's scope, keyed by id; for nested edges. Audited. */
    @Transactional
    public Map<String, ChildView> findChildrenInScope(Collection<UUID> ids) {
        List<ChildView> found = views(store.findInScope(ids, scope()));
        if (!found.isEmpty()) {
            audit.event(AuditOperation.CHILD_READ).records(found.stream().map(ChildView::id).toList()).succeeded();
        }
        return found.stream().collect(Collectors.toMap(ChildView::id, Function.identity()));
    }

    /**
     * The child with this id as the caller reaches it, loaded once: what the caller sees of it and how the caller
     * reaches it, for a feature that shows the child together with its records (the child's file) and audits that
     * read itself. An unknown or out-of-scope child gets {@code CHILD_NOT_FOUND}, audited as {@code operation}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReachedChild findReachedChild(String field, String id, AuditOperation operation) {
        UUID childId = Ids.parse(field, id);
        AccessScope scope = scope();
        List<Child> found = store.findInScope(List.of(childId), scope);
        if (found.isEmpty()) {
            audit.event(operation).on(AuditRecordType.CHILD).record(childId).notFound();
            throw new ChildNotFoundException();
        }
        Child child = found.get(0);
        boolean throughJurisdiction = scope.hasJurisdiction() && scope.coversRegion(child.residenceVillageCode);
        return new ReachedChild(views(found).get(0), access(child, throughJurisdiction));
    }

    /**
     * Which of these children lie in the caller's scope, without reading their records (nothing to audit): for
     * features that decide what else a caller may see, such as guardians. With {@code throughJurisdictionOnly}, only
     * the children the caller keeps the files of (those it may change).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<UUID> filterInScope(Collection<UUID> ids, boolean throughJurisdictionOnly) {
        AccessScope scope = scope();
        if (throughJurisdictionOnly) {
            if (!scope.hasJurisdiction()) {
                return Set.of();
            }
            scope = scope.jurisdictionOnly();
        }
        return store.idsInScope(ids, scope);
    }

    /**
     * How the caller reaches this child, for features that record things about children (visits, concerns, care
     * records): through the jurisdiction if the caller keeps files there, else through an active relationship. An
     * unknown or out-of-scope child gets {@code CHILD_NOT_FOUND}, and the refused attempt is audited.
     *
     * @param field the input field that named the child, for a malformed id
     * @param operation the audited operation that was attempted
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ChildAccess requireAccess(String field, String id, AuditOperation operation) {
        UUID childId = Ids.parse(field, id);
        AccessScope scope = scope();
        if (scope.hasJurisdiction()) {
            List<Child> found = store.findInScope(List.of(childId),
                    scope.jurisdictionOnly());
            if (!found.isEmpty()) {
                return access(found.get(0), true);
            }
        }
        List<Child> related = store.findInScope(List.of(childId),
                scope.relationshipsOnly());
        if (!related.isEmpty()) {
            return access(related.get(0), false);
        }
        audit.event(operation).on(AuditRecordType.CHILD).record(childId).notFound();
        throw new ChildNotFoundException();
    }

    /**
     * The child a registry entry is about, checked against the registry's rules: by id, a child in the caller's scope
     * ({@link #requireAccess}); by national ID number and name, a child living under the organization's region whose
     * number and name both match, which lets a partner register a child it meets for the first time without being
     * able to look children up.
     *
     * <p>Nothing may tell a partner whether a person it does not work with is a registered child. So a child named by
     * number is looked up only once the rest of the input is valid ({@code inputProblems} empty), and a child reached
     * only that way who breaks the registry's rules (a closed file, already paired, not disabled) is answered exactly
     * like an unknown person: {@code CHILD_NOT_FOUND}, audited as a refusal with the masked number looked up. A child
     * the caller already reaches gets the rules' problems with the input's. A successful look-up by number is audited
     * in a transaction of its own, like a refused one, so that it stands whatever becomes of the request.
     *
     * @param organizationRegion the region code the caller's organization serves
     * @param inputProblems the problems the registry found in the rest of its input
     * @param registryRules the registry's problems with this child (none when the child may be registered)
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ChildAccess requireChildForRegistry(String field, ChildReferenceInput reference, String organizationRegion,
            AuditOperation operation, List<Problem> inputProblems, Function<ChildAccess, List<Problem>> registryRules) {
        List<Problem> problems = new ArrayList<>(inputProblems);
        if (reference.childId() != null) {
            ChildAccess child = requireAccess(field + ".childId", reference.childId(), operation);
            problems.addAll(registryRules.apply(child));
            if (!problems.isEmpty()) {
                throw new ValidationFailedException(problems);
            }
            return child;
        }
        Optional<String> idNumber = wellFormedIdNumber(field, reference, problems);
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        Optional<ChildAccess> found = findByIdNumberAndName(idNumber.orElseThrow(), referenceName(reference),
                organizationRegion);
        List<Problem> childProblems = found.map(registryRules).orElse(List.of());
        // A refusal by the registry may come from a record the caller's own organization committed since the look-up (a
        // concurrent request's pairing), which makes the caller reach the child: then the refusal is the answer.
        boolean hidden = found.isEmpty() || found.get().namedByIdNumberOnly() && !childProblems.isEmpty()
                && store.idsInScope(List.of(found.get().childId()), scope()).isEmpty();
        if (hidden) {
            audit.event(operation).on(AuditRecordType.CHILD).because(idNumberLookup(idNumber.get())).notFound();
            throw new ChildNotFoundException();
        }
        if (!childProblems.isEmpty()) {
            throw new ValidationFailedException(childProblems);
        }
        audit.recordRegardless(AuditOperation.CHILD_LOOKUP_BY_ID_NUMBER, List.of(new AuditLog.Access(
                List.of(found.get().childId()), AuditResult.SUCCESS, idNumberLookup(idNumber.get()))));
        return found.get();
    }

    /**
     * Like {@link #requireChildForRegistry}, for lists of entries (attendance) that name children by national ID
     * number and name: each entry that matches no child the caller may reach (or only a closed file the caller does
     * not otherwise reach) gives an empty result instead of an error, so that a list never tells which entries are
     * registered children. Every look-up is audited, matched or not, in one transaction of its own. A malformed entry
     * is a problem of its own field; with any problem, here or in the rest of the input, nothing is looked up.
     *
     * @param references the entries, keyed by the input field that holds each
     * @param inputProblems the problems the registry found in the rest of its input
     * @return for each entry, by its field, the child it names if the caller may now reach it
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Optional<ChildAccess>> findChildrenByIdNumberForRegistry(
            Map<String, ChildReferenceInput> references, String organizationRegion, List<Problem> inputProblems) {
        List<Problem> problems = new ArrayList<>(inputProblems);
        Map<String, String> idNumbers = new LinkedHashMap<>();
        references.forEach((field, reference) -> idNumbers.put(field,
                wellFormedIdNumber(field, reference, problems).orElse(null)));
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        Map<String, Optional<ChildAccess>> found = new LinkedHashMap<>();
        List<AuditLog.Access> lookups = new ArrayList<>();
        references.forEach((field, reference) -> {
            Optional<ChildAccess> child = findByIdNumberAndName(idNumbers.get(field), referenceName(reference),
                    organizationRegion).filter(reached -> reached.fileOpen() || !reached.namedByIdNumberOnly());
            found.put(field, child);
            lookups.add(new AuditLog.Access(child.map(reached -> List.of(reached.childId())).orElse(List.of()),
                    child.isPresent() ? AuditResult.SUCCESS : AuditResult.NOT_FOUND,
                    idNumberLookup(idNumbers.get(field))));
        });
        if (!lookups.isEmpty()) {
            audit.recordRegardless(AuditOperation.CHILD_LOOKUP_BY_ID_NUMBER, lookups);
        }
        return found;
    }

    /** The reference's number when it and the name are given and the number is valid; a problem otherwise. */
    private static Optional<String> wellFormedIdNumber(String field, ChildReferenceInput reference,
            List<Problem> problems) {
        String idNumber = NationalIdNumber.normalise(reference.idNumber());
        if (idNumber == null || idNumber.isEmpty() || referenceName(reference).isEmpty()) {
            problems.add(Problem.ofField(field, CHILD_REFERENCE_INCOMPLETE,
                    "Name the child by childId, or by idNumber together with name."));
            return Optional.empty();
        }
        Optional<String> problem = NationalIdNumber.problem(idNumber);
        problem.ifPresent(code -> problems.add(Problem.ofField(field + ".idNumber", code,
                "The ID number is not valid.")));
        return problem.isPresent() ? Optional.empty() : Optional.of(idNumber);
    }

    private static String referenceName(ChildReferenceInput reference) {
        return reference.name() == null ? ""
                : java.text.Normalizer.normalize(reference.name().strip(), java.text.Normalizer.Form.NFC);
    }

    /** What an audit event of a look-up by national ID number says was looked up: the number, masked. */
    private static String idNumberLookup(String idNumber) {
        return "looked up by ID number " + NationalIdNumber.mask(idNumber);
    }

    /** The child with this number and name living under the organization's region, as the caller reaches it. */
    private Optional<ChildAccess> findByIdNumberAndName(String idNumber, String name, String organizationRegion) {
        Optional<Child> match = store.findByIdNumber(idNumber)
                .filter(child -> child.name.equals(name))
                .filter(child -> organizationRegion != null
                        && child.residenceVillageCode.startsWith(new RegionCode(organizationRegion).scopePrefix()));
        if (match.isEmpty()) {
            return Optional.empty();
        }
        Child child = match.get();
        AccessScope scope = scope();
        boolean throughJurisdiction = scope.hasJurisdiction() && !store.idsInScope(List.of(child.id),
                scope.jurisdictionOnly()).isEmpty();
        boolean alreadyReached = throughJurisdiction || !store.idsInScope(List.of(child.id), scope).isEmpty();
        return Optional.of(new ChildAccess(child.id, throughJurisdiction, child.birthDate, child.residenceVillageCode,
                child.status == ChildStatus.ACTIVE, !alreadyReached));
    }

    /**
     * How many active children of each category live in the caller's jurisdiction: counts only, for dashboards. Empty
     * for callers without a jurisdiction.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<ChildCategory, Long> countByCategory() {
        AccessScope scope = scope();
        if (!scope.hasJurisdiction()) {
            return Map.of();
        }
        return store.countByCategory(scope.jurisdictionOnly(), null);
    }

    /**
     * How many active children of each category live under a region of the caller's jurisdiction: counts only, for a
     * dashboard's drill-down (the children's list behind each count is {@link #listChildren} with the region and the
     * category). A region outside the jurisdiction is refused like an unknown one. One query.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<ChildCategory, Long> countByCategory(String regionCode) {
        AccessScope scope = currentUser.requireJurisdiction();
        List<Problem> problems = new ArrayList<>();
        Optional<RegionCode> region = regions.checkRegionInJurisdiction("regionCode", regionCode, scope, problems);
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        return store.countByCategory(scope.jurisdictionOnly(), region.orElseThrow().scopePrefix());
    }

    /** Whether a child is registered as disabled (category DISABLED or the risk factor CHILD_DISABILITY). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isDisabled(UUID childId) {
        ChildStore.CategoriesAndRiskFactors found =
                store.categoriesAndRiskFactorsOf(List.of(childId), List.of(childId));
        return found.categories().getOrDefault(childId, Set.of()).contains(ChildCategory.DISABLED)
                || found.riskFactors().getOrDefault(childId, Set.of()).contains(RiskFactor.CHILD_DISABILITY);
    }

    /** How many children with an open file live in a village, and how many of them are at high risk. */
    public record VillageChildren(int children, int highRisk) {
    }

    /**
     * The names of these children, by id, for a feature that lists its own records' children to a caller it has
     * already checked (attendance at the caller's activity) and audits that read itself. One query.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, String> findNames(Collection<UUID> childIds) {
        return store.namesOf(childIds);
    }

    /**
     * Which of these texts (by index) contain the full name of a child registered in a village under a region (any file
     * status), for a feature that must keep children's names out of what it publishes (good-practice cases). Answers
     * indexes only, never a name, and reads no child's data for the caller: nothing is audited. One statement: the
     * texts' short substrings through the name index, the region's longer names by {@code strpos} (measured in
     * {@code ChildStore.textsNamingChildren}: well under a second for the whole province).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<Integer> findTextsNamingChildren(RegionCode region, List<String> texts) {
        return store.textsNamingChildren(region.scopePrefix(), texts);
    }

    /**
     * The village each of these children lives in, by id, for a feature that counts its own records by region
     * (nothing about a child is shown, so nothing is audited). One query.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, String> findResidenceVillages(Collection<UUID> childIds) {
        return store.residenceVillagesOf(childIds);
    }

    /**
     * Children with an open file in each village under a region, by village code (villages without any are absent):
     * counts only, for staffing and caseload reports. One query.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, VillageChildren> countOpenFilesByVillage(RegionCode region) {
        return store.countOpenFilesByVillage(region.scopePrefix());
    }

    private static ChildAccess access(Child child, boolean throughJurisdiction) {
        return new ChildAccess(child.id, throughJurisdiction, child.birthDate, child.residenceVillageCode,
                child.status == ChildStatus.ACTIVE, false);
    }

    /** A page of the children in the caller's scope that match the filter. The ids returned are audited. */
    @Transactional
    public ChildConnection listChildren(ChildFilter filter, Integer first, String after) {
        return listChildren(filter, first, after, false);
    }

    /**
     * A page of the children in the caller's scope that match the filter, with how many match in all when
     * {@code withTotalCount} (one more statement). The ids returned are audited.
     */
    @Transactional
    public ChildConnection listChildren(ChildFilter filter, Integer first, String after, boolean withTotalCount) {
        PageRequest page = PageRequest.of(first, after, CURSOR_KIND);
        AccessScope scope = scope();
        ChildStore.Criteria criteria = criteria(filter);
        List<ChildView> rows = views(store.listInScope(scope, criteria, page));
        ChildConnection connection = page.toConnection(rows, CURSOR_KIND,
                child -> ChildStore.BY_NAME.key(child.name(), child.id()), ChildEdge::new, ChildConnection::new);
        if (withTotalCount) {
            connection = connection.withTotalCount(TotalCount.of(store.countInScope(scope, criteria)));
        }
        List<String> ids = connection.edges().stream().map(edge -> edge.node().id()).toList();
        audit.event(AuditOperation.CHILD_LIST).records(ids).succeeded();
        return connection;
    }

    /** A page of children with how many match in all: the list behind a figure. */
    public record CountedChildren(long total, ChildConnection page) {
    }

    /**
     * A page of the children matching the filter, with how many match in all: the list behind a figure of the annual
     * progress report (children in care, by category, registered or with the file closed in a year). With a year
     * ({@code registeredIn} or {@code closedIn}: 1 January through its end, or today while it runs) any status counts
     * unless the filter names one, and the filter's region must lie in the caller's jurisdiction (another is refused
     * like an unknown one), as it must for a civil-affairs officer's list by region. The ids shown are audited.
     */
    @Transactional
    public CountedChildren listChildrenCounted(ChildFilter filter, Integer registeredIn, Integer closedIn,
            Integer first, String after) {
        ChildStore.Criteria base = criteria(filter);
        ChildStore.DateRange registered = yearRange("registeredIn", registeredIn);
        ChildStore.DateRange closed = yearRange("closedIn", closedIn);
        boolean inYear = registered != null || closed != null;
        if (inYear || currentUser.isCivilAffairsOfficer() && filter != null && filter.regionCode() != null) {
            regions.requireRegionInJurisdiction(filter == null ? null : filter.regionCode(),
                    currentUser.requireJurisdiction());
        }
        ChildStore.Criteria criteria = new ChildStore.Criteria(base.regionPrefix(), base.categories(),
                base.riskLevel(), base.schoolStatus(), inYear && filter.status() == null ? null : base.status(),
                base.nameContains(), registered, closed);
        PageRequest page = PageRequest.of(first, after, CURSOR_KIND);
        List<ChildView> rows = views(store.listInScope(scope(), criteria, page));
        ChildConnection connection = page.toConnection(rows, CURSOR_KIND,
                child -> ChildStore.BY_NAME.key(child.name(), child.id()), ChildEdge::new, ChildConnection::new);
        long total = store.countInScope(scope(), criteria);
        audit.event(AuditOperation.CHILD_LIST).records(connection.edges().stream().map(edge -> edge.node().id())
                .toList()).succeeded();
        return new CountedChildren(total, connection);
    }

    /** A year as the progress report counts it: 1 January through its end, or today while it runs. */
    private static ChildStore.DateRange yearRange(String field, Integer year) {
        if (year == null) {
            return null;
        }
        LocalDate today = ChinaTime.today();
        if (year < 2000 || year > today.getYear()) {
            throw ValidationFailedException.of(field, YEAR_INVALID, "A year from 2000 to this one.");
        }
        LocalDate end = LocalDate.of(year, 12, 31);
        return new ChildStore.DateRange(LocalDate.of(year, 1, 1), today.isBefore(end) ? today : end);
    }

    /** Registers a child living in a village of the caller's jurisdiction. */
    @Transactional
    public ChildView createChild(ChildInput input) {
        AccessScope scope = currentUser.requireJurisdiction();
        Child child = new Child();
        child.id = UUID.randomUUID();
        child.status = ChildStatus.ACTIVE;
        apply(child, input, scope, true);
        store.persistAndFlush(child);
        audit.event(AuditOperation.CHILD_CREATE).record(child.id).succeeded();
        return view(child);
    }

    /** Replaces a child's information; {@code CONFLICT} when {@code expectedVersion} is stale. */
    @Transactional
    public ChildView updateChild(String id, int expectedVersion, ChildInput input) {
        return updateChild(id, expectedVersion, input, false);
    }

    /**
     * Replaces a child's information; with {@code keepIdNumber} the stored national ID number stays and the input's
     * is ignored (for the portal's form, which never holds the full number). {@code CONFLICT} when
     * {@code expectedVersion} is stale.
     */
    @Transactional
    public ChildView updateChild(String id, int expectedVersion, ChildInput input, boolean keepIdNumber) {
        AccessScope scope = currentUser.requireJurisdiction();
        Child child = loadForWrite(id, scope, AuditOperation.CHILD_UPDATE);
        requireVersion(child, expectedVersion, AuditOperation.CHILD_UPDATE);
        ChildInput applied = !keepIdNumber ? input : new ChildInput(input.name(), input.gender(), input.birthDate(),
                child.idNumber, input.householdRegionCode(), input.residenceVillageCode(), input.categories(),
                input.riskFactors(), input.disabilityKind(), input.disabilityGrade(), input.schoolName(),
                input.schoolGrade(), input.schoolStatus(), input.registeredOn());
        apply(child, applied, scope,
                !java.util.Objects.equals(NationalIdNumber.normalise(applied.idNumber()), child.idNumber));
        return save(child, AuditOperation.CHILD_UPDATE);
    }

    /** Closes a child's file with a reason (aged out, moved away, no longer eligible, deceased). */
    @Transactional
    public ChildView closeChild(String id, int expectedVersion, ClosedReason reason, LocalDate closedOn) {
        AccessScope scope = currentUser.requireJurisdiction();
        Child child = loadForWrite(id, scope, AuditOperation.CHILD_CLOSE);
        requireVersion(child, expectedVersion, AuditOperation.CHILD_CLOSE);
        LocalDate today = ChinaTime.today();
        LocalDate date = closedOn == null ? today : closedOn;
        if (date.isAfter(today) || date.isBefore(child.birthDate)) {
            throw ValidationFailedException.of("closedOn", CLOSED_ON_INVALID,
                    "closedOn must lie between the birth date and today.");
        }
        child.status = ChildStatus.CLOSED;
        child.closedReason = reason;
        child.closedOn = date;
        return save(child, AuditOperation.CHILD_CLOSE);
    }

    /**
     * The full national ID number of a child in the caller's regional scope, for the roles allowed to see it, with a
     * stated reason. Every reveal, and every refused one, is audited with the reason.
     */
    @Transactional
    public String revealIdNumber(String id, String reason) {
        UUID childId = Ids.parse("childId", id);
        String statedReason = reason == null ? "" : reason.strip();
        if (!ChildFieldPolicy.mayRevealIdNumber(currentUser)) {
            audit.event(AuditOperation.CHILD_REVEAL_ID_NUMBER).record(childId).because(truncate(statedReason)).denied();
            throw new ForbiddenException();
        }
        if (statedReason.codePointCount(0, statedReason.length()) < MIN_REASON_LENGTH || statedReason.length() > 500
                || statedReason.codePoints().anyMatch(TextRules::isControlOrInvisible)) {
            throw ValidationFailedException.of("reason", REASON_REQUIRED,
                    "State why you need the full number (" + MIN_REASON_LENGTH + " to 500 characters).");
        }
        AccessScope scope = scope();
        AccessScope regional = scope.jurisdictionOnly();
        List<Child> found = store.findInScope(List.of(childId), regional);
        if (found.isEmpty()) {
            audit.event(AuditOperation.CHILD_REVEAL_ID_NUMBER).record(childId).because(statedReason).notFound();
            throw new ChildNotFoundException();
        }
        audit.event(AuditOperation.CHILD_REVEAL_ID_NUMBER).record(childId).revealing("idNumber")
                .because(statedReason).succeeded();
        return found.get(0).idNumber;
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private AccessScope scope() {
        return currentUser.childScope();
    }

    private Child loadForWrite(String id, AccessScope scope, AuditOperation operation) {
        UUID childId = Ids.parse("id", id);
        AccessScope regional = scope.jurisdictionOnly();
        List<Child> found = store.findInScope(List.of(childId), regional);
        if (found.isEmpty()) {
            audit.event(operation).on(AuditRecordType.CHILD).record(childId).notFound();
            throw new ChildNotFoundException();
        }
        return found.get(0);
    }

    private void requireVersion(Child child, int expectedVersion, AuditOperation operation) {
        if (child.version != expectedVersion) {
            throw audit.event(operation).on(AuditRecordType.CHILD).record(child.id).conflict();
        }
    }

    private ChildView save(Child child, AuditOperation operation) {
        store.flushOrConflict(() -> audit.event(operation).on(AuditRecordType.CHILD).record(child.id).conflict());
        audit.event(operation).on(AuditRecordType.CHILD).record(child.id).succeeded();
        return view(child);
    }

    /** Validates the input as a whole, reporting every problem, then copies it onto the child. */
    private void apply(Child child, ChildInput input, AccessScope scope, boolean idNumberChanged) {
        List<Problem> problems = new ArrayList<>();
        String name = TextRules.text("name", input.name(), 50, true, problems);
        LocalDate today = ChinaTime.today();
        if (input.birthDate().isAfter(today)) {
            problems.add(Problem.ofField("birthDate", BIRTH_DATE_IN_FUTURE, "birthDate is in the future."));
        } else if (Period.between(input.birthDate(), today).getYears() >= 18) {
            problems.add(Problem.ofField("birthDate", NOT_A_MINOR, "A child is under 18."));
        }
        String idNumber = NationalIdNumber.normalise(input.idNumber());
        if (idNumber != null && !idNumber.isEmpty()) {
            Optional<String> idProblem = NationalIdNumber.problem(idNumber);
            if (idProblem.isPresent()) {
                problems.add(Problem.ofField("idNumber", idProblem.get(),
                        "idNumber is not a valid national ID number."));
            } else if (!NationalIdNumber.birthDate(idNumber).orElseThrow().equals(input.birthDate())) {
                problems.add(Problem.ofField("idNumber", ID_NUMBER_BIRTH_DATE_MISMATCH,
                        "The birth date in idNumber differs from birthDate."));
            } else if (idNumberChanged && store.findIdByIdNumber(idNumber).isPresent()) {
                problems.add(Problem.ofField("idNumber", ID_NUMBER_ALREADY_REGISTERED,
                        "A child with this idNumber is already registered."));
            }
        } else {
            idNumber = null;
        }
        checkResidence(input.residenceVillageCode(), scope, problems);
        String household = input.householdRegionCode() == null || input.householdRegionCode().isBlank() ? null
                : checkRegion("householdRegionCode", input.householdRegionCode(), problems);
        if (input.categories().isEmpty()) {
            problems.add(Problem.ofField("categories", CATEGORY_REQUIRED, "At least one category is required."));
        }
        if (input.disabilityGrade() != null && (input.disabilityGrade() < 1 || input.disabilityGrade() > 4)) {
            problems.add(Problem.ofField("disabilityGrade", DISABILITY_GRADE_OUT_OF_RANGE,
                    "disabilityGrade is 1 to 4."));
        }
        String disabilityKind = TextRules.text("disabilityKind", input.disabilityKind(), 30, false, problems);
        String schoolName = TextRules.text("schoolName", input.schoolName(), 100, false, problems);
        String schoolGrade = TextRules.text("schoolGrade", input.schoolGrade(), 20, false, problems);
        LocalDate registeredOn = input.registeredOn() != null ? input.registeredOn()
                : child.registeredOn != null ? child.registeredOn : today;
        if (registeredOn.isAfter(today) || registeredOn.isBefore(input.birthDate())) {
            problems.add(Problem.ofField("registeredOn", REGISTERED_ON_INVALID,
                    "registeredOn must lie between the birth date and today."));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        child.name = name;
        child.gender = input.gender();
        child.birthDate = input.birthDate();
        child.idNumber = idNumber;
        child.householdRegionCode = household;
        child.residenceVillageCode = input.residenceVillageCode();
        child.categories.clear();
        child.categories.addAll(input.categories());
        Set<RiskFactor> riskFactors = input.riskFactors() == null || input.riskFactors().isEmpty()
                ? EnumSet.noneOf(RiskFactor.class) : EnumSet.copyOf(input.riskFactors());
        child.riskFactors.clear();
        child.riskFactors.addAll(riskFactors);
        child.riskLevel = RiskLevel.of(riskFactors);
        child.disabilityKind = disabilityKind;
        child.disabilityGrade = input.disabilityGrade() == null ? null : input.disabilityGrade().shortValue();
        child.schoolName = schoolName;
        child.schoolGrade = schoolGrade;
        child.schoolStatus = input.schoolStatus();
        child.registeredOn = registeredOn;
    }

    private void checkResidence(String code, AccessScope scope, List<Problem> problems) {
        String checked = checkRegion("residenceVillageCode", code, problems);
        if (checked == null) {
            return;
        }
        if (new RegionCode(checked).level() != RegionLevel.VILLAGE) {
            problems.add(Problem.ofField("residenceVillageCode", RESIDENCE_NOT_A_VILLAGE,
                    "residenceVillageCode must be a village."));
        } else if (!scope.coversRegion(checked)) {
            problems.add(Problem.ofField("residenceVillageCode", RESIDENCE_OUT_OF_SCOPE,
                    "The village lies outside your jurisdiction."));
        }
    }

    private String checkRegion(String field, String code, List<Problem> problems) {
        return regions.checkKnownRegion(field, code, problems).map(RegionCode::value).orElse(null);
    }

    private ChildStore.Criteria criteria(ChildFilter filter) {
        if (filter == null) {
            return new ChildStore.Criteria(null, null, null, null, ChildStatus.ACTIVE, null);
        }
        List<Problem> problems = new ArrayList<>();
        String regionPrefix = RegionService.filterPrefix("filter.regionCode", filter.regionCode(), problems);
        String name = filter.nameContains() == null ? null
                : TextRules.text("filter.nameContains", filter.nameContains(), 50, true, problems);
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        return new ChildStore.Criteria(regionPrefix, filter.categories(), filter.riskLevel(), filter.schoolStatus(),
                filter.status() == null ? ChildStatus.ACTIVE : filter.status(), name);
    }

    private List<ChildView> views(List<Child> children) {
        Map<UUID, Set<ChildField>> fields = fieldsShown(children);
        Set<UUID> ids = children.stream().map(child -> child.id).collect(Collectors.toCollection(LinkedHashSet::new));
        ChildStore.CategoriesAndRiskFactors found = store.categoriesAndRiskFactorsOf(ids, ids.stream()
                .filter(id -> fields.get(id).contains(ChildField.RISK_FACTORS)).toList());
        return children.stream().map(child -> ChildFieldPolicy.view(child,
                found.categories().getOrDefault(child.id, Set.of()),
                found.riskFactors().getOrDefault(child.id, Set.of()), fields.get(child.id))).toList();
    }

    private ChildView view(Child child) {
        return ChildFieldPolicy.view(child, child.categories, child.riskFactors,
                fieldsShown(List.of(child)).get(child.id));
    }

    /**
     * What the caller sees of each child, by how it reaches the child: through its jurisdiction (children living
     * there), else through its organization's active relationships, of whichever kinds (one query, only for children
     * outside the jurisdiction).
     */
    private Map<UUID, Set<ChildField>> fieldsShown(List<Child> children) {
        AccessScope scope = scope();
        Map<UUID, Set<ChildAudience>> audiences = new HashMap<>();
        List<UUID> outsideJurisdiction = new ArrayList<>();
        for (Child child : children) {
            if (scope.hasJurisdiction() && scope.coversRegion(child.residenceVillageCode)) {
                audiences.put(child.id, EnumSet.of(ChildAudience.JURISDICTION));
            } else {
                audiences.put(child.id, EnumSet.noneOf(ChildAudience.class));
                outsideJurisdiction.add(child.id);
            }
        }
        if (!outsideJurisdiction.isEmpty() && scope.organizationId().isPresent()) {
            store.activeRelationshipKinds(outsideJurisdiction, scope.organizationId().get()).forEach((id, kinds) ->
                    kinds.forEach(kind -> ChildAudience.ofRelationshipKind(kind).ifPresent(audiences.get(id)::add)));
        }
        Map<UUID, Set<ChildField>> fields = new HashMap<>();
        audiences.forEach((id, ways) -> fields.put(id, ChildFieldPolicy.fieldsFor(ways)));
        return fields;
    }

    private static String truncate(String text) {
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    /**
     * How many children under a region of the caller's jurisdiction have an open file, were registered, and had their
     * file closed between two days: {@code [open, registered, closed]}, counts only (annual progress reports).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long[] countRegisteredAndClosed(String regionCode, LocalDate from, LocalDate through) {
        AccessScope scope = currentUser.requireJurisdiction();
        RegionCode region = regions.requireRegionInJurisdiction(regionCode, scope);
        return store.countRegisteredAndClosed(region.scopePrefix(), from, through);
    }

    /** An open file in a list of files: the child, its name and its village. */
    public record OpenFile(UUID id, String name, String villageCode) {
    }

    /** A page of open files, with how many files the whole list holds. */
    public record OpenFilePage(long total, List<OpenFile> files) {
    }

    /**
     * A page of the open files under a region of the caller's jurisdiction, by village and name: those among
     * {@code ids}, or with {@code excluding} those not among them. Their names are children's data: the read is
     * audited with their ids and the reason given. One statement.
     */
    @Transactional
    public OpenFilePage pageOpenFiles(String regionCode, Collection<UUID> ids, boolean excluding, int offset,
            int limit, String reason) {
        AccessScope scope = currentUser.requireJurisdiction();
        RegionCode region = regions.requireRegionInJurisdiction(regionCode, scope);
        List<Object[]> rows = store.pageOpenFiles(region.scopePrefix(), ids, excluding, Math.max(0, offset),
                Math.max(1, Math.min(limit, 1000)));
        List<OpenFile> files = rows.stream()
                .map(row -> new OpenFile((UUID) row[0], (String) row[1], (String) row[2])).toList();
        audit.event(AuditOperation.CHILD_LIST).records(files.stream().map(file -> (Object) file.id()).toList())
                .because(reason).succeeded();
        return new OpenFilePage(rows.isEmpty() ? 0 : ((Number) rows.get(0)[3]).longValue(), files);
    }
}
