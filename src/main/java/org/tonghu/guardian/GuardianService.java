package org.tonghu.guardian;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tonghu.audit.AuditLog;
import org.tonghu.audit.AuditOperation;
import org.tonghu.audit.AuditRecordType;
import org.tonghu.child.ChildField;
import org.tonghu.child.ChildNotFoundException;
import org.tonghu.child.ChildService;
import org.tonghu.child.ChildView;
import org.tonghu.graphql.Ids;
import org.tonghu.graphql.PageRequest;
import org.tonghu.graphql.Problem;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.regioncode.RegionCode;
import org.tonghu.region.RegionService;
import org.tonghu.security.AccessScope;
import org.tonghu.security.CurrentUser;
import org.tonghu.validation.TextRules;

/**
 * Guardians and their links to children. A caller sees a guardian registered under their jurisdiction or linked to
 * a child in their scope; of a guardian's children, only those in their scope.
 */
@ApplicationScoped
public class GuardianService {

    static final String CURSOR_KIND = "guardian";
    static final String REGION_OUT_OF_SCOPE = "REGION_OUT_OF_SCOPE";

    private final GuardianStore store;
    private final ChildService children;
    private final RegionService regions;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    GuardianService(GuardianStore store, ChildService children, RegionService regions,
            CurrentUser currentUser, AuditLog audit) {
        this.store = store;
        this.children = children;
        this.regions = regions;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** The guardian with this id, if the caller may see them; {@code GUARDIAN_NOT_FOUND} otherwise. Audited. */
    @Transactional
    public GuardianView findGuardian(String id) {
        return findGuardian(id, false);
    }

    /**
     * The guardian with this id, to change their record: only for regional staff who keep the file of one of their
     * children or whose jurisdiction covers them; {@code GUARDIAN_NOT_FOUND} otherwise. Audited.
     */
    @Transactional
    public GuardianView findGuardianToEdit(String id) {
        return findGuardian(id, true);
    }

    private GuardianView findGuardian(String id, boolean toEdit) {
        UUID guardianId = Ids.parse("id", id);
        List<Guardian> visible = visible(store.listByIds(List.of(guardianId)), toEdit);
        if (visible.isEmpty()) {
            audit.event(AuditOperation.GUARDIAN_READ).record(guardianId).notFound();
            throw new GuardianNotFoundException();
        }
        audit.event(AuditOperation.GUARDIAN_READ).record(guardianId).succeeded();
        return view(visible.get(0));
    }

    /** A page of the guardians the caller may see, optionally under a region and by part of the name. Audited. */
    @Transactional
    public GuardianConnection listGuardians(String regionCode, String nameContains, Integer first, String after) {
        PageRequest page = PageRequest.of(first, after, CURSOR_KIND);
        List<Problem> problems = new ArrayList<>();
        String prefix = RegionService.filterPrefix("regionCode", regionCode, problems);
        String name = nameContains == null ? null : TextRules.text("nameContains", nameContains, 50, true, problems);
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        List<GuardianView> rows = store.listInScope(currentUser.childScope(), prefix, name, page).stream()
                .map(this::view).toList();
        GuardianConnection connection = page.toConnection(rows, CURSOR_KIND,
                g -> GuardianStore.BY_NAME.key(g.name(), g.id()), GuardianEdge::new, GuardianConnection::new);
        audit.event(AuditOperation.GUARDIAN_LIST)
                .records(connection.edges().stream().map(edge -> edge.node().id()).toList()).succeeded();
        return connection;
    }

    /** The guardians of each child, aligned with the children (who are in the caller's scope already). */
    @Transactional
    public List<List<ChildGuardianView>> guardiansOf(List<ChildView> childViews) {
        Map<UUID, ChildView> childrenById = new LinkedHashMap<>();
        childViews.forEach(child -> childrenById.put(UUID.fromString(child.id()), child));
        List<GuardianStore.Link> links = store.linksOfChildren(childrenById.keySet());
        Map<UUID, Guardian> guardians = store.listByIds(links.stream().map(GuardianStore.Link::guardianId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(g -> g.id, g -> g));
        if (!guardians.isEmpty()) {
            audit.event(AuditOperation.GUARDIAN_READ).records(guardians.keySet()).succeeded();
        }
        Map<UUID, List<ChildGuardianView>> byChild = new LinkedHashMap<>();
        for (GuardianStore.Link link : links) {
            byChild.computeIfAbsent(link.childId(), id -> new ArrayList<>()).add(new ChildGuardianView(
                    view(guardians.get(link.guardianId()), childrenById.get(link.childId()), link.entrustedCaregiver()),
                    link.relationship(), link.legalGuardian(), link.entrustedCaregiver()));
        }
        return childViews.stream().map(child -> byChild.getOrDefault(UUID.fromString(child.id()), List.of())).toList();
    }

    /** A guardian of a child: the link's child, the guardian's id and name, and the relationship. */
    public record GuardianOfChild(UUID childId, UUID guardianId, String name, GuardianRelationship relationship) {
    }

    /**
     * The guardians of these children by name, one entry per link, for a feature whose caller has already checked
     * access to the children (attendance at the caller's activity) and audits that read itself. One query.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<GuardianOfChild> findGuardiansOfChildren(Collection<UUID> childIds) {
        return store.guardiansOfChildren(childIds);
    }

    /**
     * The open files under a region with no guardian recorded (ids only, one statement): a part of the
     * file-completeness figure ({@code org.tonghu.childfile.FileCompletenessService}), which checks the caller's
     * jurisdiction.
     */
    public Set<UUID> openFilesWithoutGuardian(String regionPrefix) {
        return new HashSet<>(store.openFilesWithoutGuardian(regionPrefix));
    }

    /** The children of each guardian that lie in the caller's scope, aligned with the guardians. */
    @Transactional
    public List<List<ChildView>> childrenOf(List<GuardianView> guardianViews) {
        Set<UUID> guardianIds = guardianViews.stream().map(g -> UUID.fromString(g.id())).collect(Collectors.toSet());
        List<GuardianStore.Link> links = store.linksOfGuardians(guardianIds);
        Map<String, ChildView> inScope = children.findChildrenInScope(
                links.stream().map(GuardianStore.Link::childId).collect(Collectors.toSet()));
        Map<UUID, List<ChildView>> byGuardian = new LinkedHashMap<>();
        for (GuardianStore.Link link : links) {
            ChildView child = inScope.get(link.childId().toString());
            if (child != null) {
                byGuardian.computeIfAbsent(link.guardianId(), id -> new ArrayList<>()).add(child);
            }
        }
        return guardianViews.stream().map(g -> byGuardian.getOrDefault(UUID.fromString(g.id()), List.of())).toList();
    }

    @Transactional
    public GuardianView createGuardian(GuardianInput input) {
        AccessScope scope = currentUser.requireJurisdiction();
        Guardian guardian = new Guardian();
        guardian.id = UUID.randomUUID();
        apply(guardian, input, scope);
        store.persistAndFlush(guardian);
        audit.event(AuditOperation.GUARDIAN_CREATE).record(guardian.id).succeeded();
        return view(guardian);
    }

    @Transactional
    public GuardianView updateGuardian(String id, int expectedVersion, GuardianInput input) {
        AccessScope scope = currentUser.requireJurisdiction();
        UUID guardianId = Ids.parse("id", id);
        List<Guardian> visible = visible(store.listByIds(List.of(guardianId)), true);
        if (visible.isEmpty()) {
            audit.event(AuditOperation.GUARDIAN_UPDATE).record(guardianId).notFound();
            throw new GuardianNotFoundException();
        }
        Guardian guardian = visible.get(0);
        if (guardian.version != expectedVersion) {
            throw audit.event(AuditOperation.GUARDIAN_UPDATE).record(guardianId).conflict();
        }
        apply(guardian, input, scope);
        store.flushOrConflict(() -> audit.event(AuditOperation.GUARDIAN_UPDATE).record(guardianId).conflict());
        audit.event(AuditOperation.GUARDIAN_UPDATE).record(guardianId).succeeded();
        return view(guardian);
    }

    /** Links a guardian to a child the caller may change (or updates the link). */
    @Transactional
    public List<ChildGuardianView> linkGuardian(String childId, String guardianId, GuardianRelationship relationship,
            boolean legalGuardian, boolean entrustedCaregiver) {
        currentUser.requireJurisdiction();
        UUID child = requireWritableChild(childId, AuditOperation.GUARDIAN_LINK);
        UUID guardian = Ids.parse("guardianId", guardianId);
        if (visible(store.listByIds(List.of(guardian)), true).isEmpty()) {
            audit.event(AuditOperation.GUARDIAN_LINK).on(AuditRecordType.GUARDIAN).record(guardian).notFound();
            throw new GuardianNotFoundException();
        }
        store.link(new GuardianStore.Link(child, guardian, relationship, legalGuardian, entrustedCaregiver));
        audit.event(AuditOperation.GUARDIAN_LINK).records(List.of(child, guardian)).succeeded();
        return guardiansOf(List.of(children.findChildrenInScope(List.of(child)).get(child.toString()))).get(0);
    }

    /**
     * Makes a guardian already linked to the child its entrusted caregiver (委托照护人), in place of any other, inside
     * the caller's transaction: for a service that has checked that the caller may change the child and that the
     * guardian is linked (a caregiver follow-up's choice, which audits it).
     */
    @Transactional
    public void entrustCare(UUID childId, UUID guardianId) {
        store.entrustCare(childId, guardianId);
    }

    /** Removes a guardian from a child the caller may change. */
    @Transactional
    public List<ChildGuardianView> unlinkGuardian(String childId, String guardianId) {
        currentUser.requireJurisdiction();
        UUID child = requireWritableChild(childId, AuditOperation.GUARDIAN_UNLINK);
        UUID guardian = Ids.parse("guardianId", guardianId);
        if (!store.unlink(child, guardian)) {
            throw new GuardianNotFoundException();
        }
        audit.event(AuditOperation.GUARDIAN_UNLINK).records(List.of(child, guardian)).succeeded();
        return guardiansOf(List.of(children.findChildrenInScope(List.of(child)).get(child.toString()))).get(0);
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private UUID requireWritableChild(String childId, AuditOperation operation) {
        UUID child = Ids.parse("childId", childId);
        if (children.filterInScope(List.of(child), true).isEmpty()) {
            audit.event(operation).on(AuditRecordType.CHILD).record(child).notFound();
            throw new ChildNotFoundException();
        }
        return child;
    }

    /**
     * The guardians the caller may see (or, with {@code writable}, change): registered under the caller's
     * jurisdiction, or linked to a child in scope (with {@code writable}, a child whose file the caller keeps).
     */
    private List<Guardian> visible(List<Guardian> guardians, boolean writable) {
        AccessScope scope = currentUser.childScope();
        if (guardians.isEmpty()) {
            return List.of();
        }
        List<GuardianStore.Link> links = store.linksOfGuardians(guardians.stream().map(g -> g.id).toList());
        Set<UUID> childrenInScope = children.filterInScope(
                links.stream().map(GuardianStore.Link::childId).collect(Collectors.toSet()), writable);
        Set<UUID> reachable = links.stream().filter(link -> childrenInScope.contains(link.childId()))
                .map(GuardianStore.Link::guardianId).collect(Collectors.toSet());
        return guardians.stream().filter(g -> scope.coversRegion(g.regionCode) || reachable.contains(g.id)).toList();
    }

    private void apply(Guardian guardian, GuardianInput input, AccessScope scope) {
        List<Problem> problems = new ArrayList<>();
        String name = TextRules.text("name", input.name(), 50, true, problems);
        String phone = TextRules.phone("phone", input.phone(), problems);
        String workplace = TextRules.text("workplace", input.workplace(), 200, false, problems);
        String note = TextRules.text("capacityNote", input.capacityNote(), 500, false, problems);
        RegionCode region = regions.checkKnownRegion("regionCode", input.regionCode(), problems).orElse(null);
        if (region != null && !scope.coversRegion(region.value())) {
            problems.add(Problem.ofField("regionCode", REGION_OUT_OF_SCOPE,
                    "The region lies outside your jurisdiction."));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        guardian.name = name;
        guardian.phone = phone;
        guardian.workplace = workplace;
        guardian.worksAway = input.worksAway();
        guardian.capacity = input.capacity();
        guardian.capacityNote = note;
        guardian.regionCode = region.value();
    }

    /** A guardian reached directly (not through a child): contacts for those who keep the files of its region. */
    private GuardianView view(Guardian guardian) {
        AccessScope scope = currentUser.childScope();
        boolean keepsFiles = scope.hasJurisdiction() && scope.coversRegion(guardian.regionCode);
        return view(guardian, keepsFiles, keepsFiles);
    }

    /** A guardian reached through a child: what the caller sees of the child decides ({@link ChildField}). */
    private GuardianView view(Guardian guardian, ChildView child, boolean entrustedCaregiver) {
        return view(guardian, child.shows(ChildField.GUARDIAN_CONTACTS),
                child.shows(ChildField.GUARDIAN_CONTACTS)
                        || entrustedCaregiver && child.shows(ChildField.CAREGIVER_PHONE));
    }

    private static GuardianView view(Guardian guardian, boolean contacts, boolean phone) {
        return new GuardianView(guardian.id.toString(), guardian.name,
                phone ? guardian.phone : null,
                contacts ? guardian.workplace : null,
                contacts ? guardian.worksAway : null,
                contacts ? guardian.capacity : null,
                contacts ? guardian.capacityNote : null,
                guardian.regionCode, (int) guardian.version);
    }
}
