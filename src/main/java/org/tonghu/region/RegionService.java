package org.tonghu.region;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tonghu.graphql.PageRequest;
import org.tonghu.graphql.Problem;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.regioncode.RegionCode;
import org.tonghu.regioncode.RegionLevel;
import org.tonghu.security.AccessScope;
import org.tonghu.security.CurrentUser;

/**
 * The administrative hierarchy: look-ups, pages of children, batched parents and ancestors, and the import of a
 * full region list. Regions are reference data without personal information; any signed-in user may read them.
 */
@ApplicationScoped
public class RegionService {

    public static final String REGION_OUT_OF_SCOPE = "REGION_OUT_OF_SCOPE";

    static final String CURSOR_KIND = "region";
    static final String OUT_OF_JURISDICTION = "OUT_OF_JURISDICTION";
    static final String REGION_NOT_FOUND = "REGION_NOT_FOUND";

    private final RegionStore store;
    private final CurrentUser currentUser;

    RegionService(RegionStore store, CurrentUser currentUser) {
        this.store = store;
        this.currentUser = currentUser;
    }

    /**
     * For a third-party app, what its data-sharing agreement lets it see of the tree (its regions, those under and
     * those above them); nothing for an app without one; empty (no limit) for anyone else.
     */
    private Optional<RegionStore.Reach> appReach() {
        if (!currentUser.isThirdPartyApp()) {
            return Optional.empty();
        }
        return Optional.of(currentUser.appBinding()
                .map(binding -> new RegionStore.Reach(binding.regionPrefixes(), binding.regionPaths()))
                .orElse(new RegionStore.Reach(List.of(), List.of(""))));
    }

    /** Whether the caller may see this region of the directory (an app only as its agreement allows). */
    private boolean reaches(RegionCode code) {
        return !currentUser.isThirdPartyApp()
                || currentUser.appBinding().map(binding -> binding.reachesRegion(code)).orElse(false);
    }

    /** The region with this code; {@code VALIDATION_FAILED} for a malformed code, {@code REGION_NOT_FOUND} for none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RegionView findRegion(String code) {
        RegionCode regionCode = parseArgument("code", code);
        return store.findByIdOptional(regionCode.value()).filter(region -> reaches(regionCode)).map(RegionView::of)
                .orElseThrow(RegionNotFoundException::new);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RegionView> findRegion(RegionCode code) {
        return store.findByIdOptional(code.value()).map(RegionView::of);
    }

    /**
     * Checks a region-code argument of a mutation: well formed ({@code INVALID_REGION_CODE}) and stored
     * ({@code REGION_NOT_FOUND}); adds the problem under the field's name and returns empty when it is neither.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RegionCode> checkKnownRegion(String field, String code, List<Problem> problems) {
        Optional<RegionCode> region = RegionCode.parse(code);
        if (region.isEmpty()) {
            problems.add(Problem.ofField(field, RegionCsv.INVALID_REGION_CODE,
                    field + " must be a 12-digit region code."));
        } else if (store.findByIdOptional(region.get().value()).isEmpty()) {
            problems.add(Problem.ofField(field, REGION_NOT_FOUND, field + " is not a known region."));
            return Optional.empty();
        }
        return region;
    }

    /**
     * Checks a report's region argument: well formed, known, and inside the caller's jurisdiction
     * ({@code REGION_OUT_OF_SCOPE}); adds the problem and returns empty otherwise.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RegionCode> checkRegionInJurisdiction(String field, String code, AccessScope scope,
            List<Problem> problems) {
        Optional<RegionCode> region = checkKnownRegion(field, code, problems);
        if (region.isPresent() && !scope.coversRegion(region.get().value())) {
            problems.add(Problem.ofField(field, REGION_OUT_OF_SCOPE, "The region lies outside your jurisdiction."));
            return Optional.empty();
        }
        return region;
    }

    /**
     * A report's region argument ({@code regionCode}) checked as {@link #checkRegionInJurisdiction} checks it; refused
     * with {@code VALIDATION_FAILED} otherwise.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RegionCode requireRegionInJurisdiction(String code, AccessScope scope) {
        List<Problem> problems = new ArrayList<>();
        Optional<RegionCode> region = checkRegionInJurisdiction("regionCode", code, scope, problems);
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        return region.orElseThrow();
    }

    /**
     * The scope prefix of a region-code filter argument (any level, need not be stored), or null when the argument
     * is absent; adds {@code INVALID_REGION_CODE} under the field's name when it is malformed.
     */
    public static String filterPrefix(String field, String code, List<Problem> problems) {
        if (code == null) {
            return null;
        }
        Optional<RegionCode> region = RegionCode.parse(code);
        if (region.isEmpty()) {
            problems.add(Problem.ofField(field, RegionCsv.INVALID_REGION_CODE,
                    field + " must be a 12-digit region code."));
            return null;
        }
        return region.get().scopePrefix();
    }

    /** A page of the children of a region, or of the top of the tree when {@code parentCode} is null. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RegionConnection listRegions(String parentCode, Integer first, String after) {
        PageRequest page = PageRequest.of(first, after, CURSOR_KIND);
        List<Region> rows;
        if (parentCode == null) {
            rows = store.listRoots(page, appReach());
        } else {
            RegionCode parent = parseArgument("parentCode", parentCode);
            if (store.findByIdOptional(parent.value()).isEmpty() || !reaches(parent)) {
                throw new RegionNotFoundException();
            }
            rows = store.listChildren(List.of(parent.value()), page.afterKey().orElse(""), page.fetchSize(),
                    appReach());
        }
        return toConnection(page, rows);
    }

    /** A page of children for each region, aligned with the given regions; one query for all of them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RegionConnection> listChildren(List<RegionView> regions, Integer first, String after) {
        PageRequest page = PageRequest.of(first, after, CURSOR_KIND);
        Set<String> codes = regions.stream().map(RegionView::code).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, List<Region>> byParent = store.listChildren(codes, page.afterKey().orElse(""),
                page.fetchSize(), appReach()).stream().collect(Collectors.groupingBy(region -> region.parentCode));
        return regions.stream().map(region -> toConnection(page, byParent.getOrDefault(region.code(), List.of())))
                .toList();
    }

    /** The parent of each region (null for a province), aligned with the given regions; one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RegionView> findParents(List<RegionView> regions) {
        Map<String, RegionView> parents = loadViews(regions.stream()
                .map(RegionView::parentCode).filter(code -> code != null).collect(Collectors.toSet()));
        List<RegionView> aligned = new ArrayList<>();
        for (RegionView region : regions) {
            aligned.add(region.parentCode() == null ? null : parents.get(region.parentCode()));
        }
        return aligned;
    }

    /** The ancestors of each region, province first, aligned with the given regions; one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<List<RegionView>> findAncestors(List<RegionView> regions) {
        Map<RegionView, List<RegionCode>> codes = regions.stream().distinct()
                .collect(Collectors.toMap(Function.identity(), region -> new RegionCode(region.code()).ancestors()));
        Map<String, RegionView> stored = loadViews(codes.values().stream().flatMap(List::stream)
                .map(RegionCode::value).collect(Collectors.toSet()));
        return regions.stream()
                .map(region -> codes.get(region).stream().map(code -> stored.get(code.value()))
                        .filter(view -> view != null).toList())
                .toList();
    }

    /**
     * Imports a region list in CSV ({@code code,name,parent_code}): creates new regions and renames existing ones.
     * Every bad row is reported by line and nothing is written unless every row is good.
     *
     * @param jurisdiction where the importer may write; empty for the whole tree
     */
    @Transactional
    public RegionImportResult importRegions(String csv, Optional<RegionCode> jurisdiction) {
        RegionCsv.Parsed parsed = RegionCsv.parse(csv);
        RegionImport.Result result = RegionImport.plan(parsed, store.namesByCode());
        List<Problem> problems = new ArrayList<>(result.problems());
        jurisdiction.ifPresent(region -> parsed.rows().stream()
                .filter(row -> !region.contains(row.code()))
                .forEach(row -> problems.add(Problem.ofLine(row.line(), "code", OUT_OF_JURISDICTION,
                        "This region lies outside your jurisdiction."))));
        if (!problems.isEmpty()) {
            problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
            throw new ValidationFailedException(problems);
        }
        RegionImport.Plan plan = result.plan();
        store.write(plan.creates(), plan.renames());
        return new RegionImportResult(plan.rows(), plan.creates().size(), plan.renames().size(), plan.unchanged());
    }

    /** The stored regions among these codes, by code; one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, RegionView> findRegions(Collection<String> codes) {
        return loadViews(codes);
    }

    /**
     * Every region one level down from this one, in code order, however many: the rows of a report by region (a
     * page of them is {@link #listRegions}). One query.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RegionView> listSubregions(RegionCode parent) {
        return store.listAllChildren(parent.value()).stream().map(RegionView::of).toList();
    }

    /**
     * Every region of a level under (or equal to) this one, in code order: e.g. the counties of a city, the villages
     * of a county. One query.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RegionView> listRegionsUnder(RegionCode region, RegionLevel level) {
        return store.listUnder(region.scopePrefix(), level).stream().map(RegionView::of).toList();
    }

    private Map<String, RegionView> loadViews(Collection<String> codes) {
        return store.findByCodes(codes).stream().map(RegionView::of)
                .collect(Collectors.toMap(RegionView::code, Function.identity()));
    }

    private static RegionConnection toConnection(PageRequest page, List<Region> rows) {
        return page.toConnection(rows.stream().map(RegionView::of).toList(), CURSOR_KIND, RegionView::code,
                RegionEdge::new, RegionConnection::new);
    }

    private static RegionCode parseArgument(String argument, String code) {
        return RegionCode.parse(code).orElseThrow(() -> ValidationFailedException.of(argument,
                RegionCsv.INVALID_REGION_CODE, argument + " must be a 12-digit region code."));
    }
}
