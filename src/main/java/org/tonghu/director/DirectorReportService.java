package org.tonghu.director;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tonghu.child.ChildService;
import org.tonghu.graphql.PageRequest;
import org.tonghu.graphql.Problem;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.policy.CarePolicy;
import org.tonghu.regioncode.RegionCode;
import org.tonghu.regioncode.RegionLevel;
import org.tonghu.region.RegionService;
import org.tonghu.region.RegionView;
import org.tonghu.schedule.ScheduleService;
import org.tonghu.security.CurrentUser;
import org.tonghu.time.ChinaTime;

/**
 * Directors' duties in numbers (policy §21): which villages lack directors and how many children each director
 * answers for. Counts only, no child's data; for regional staff inside their jurisdiction.
 */
@ApplicationScoped
public class DirectorReportService {

    static final String STAFFING_CURSOR = "staffing";
    static final String CASELOAD_CURSOR = "caseload";

    private static final ChildService.VillageChildren NO_CHILDREN = new ChildService.VillageChildren(0, 0);

    private final AppointmentStore store;
    private final RegionService regions;
    private final AppointmentService appointments;
    private final ScheduleService schedules;
    private final CurrentUser currentUser;
    private final CarePolicy policy;

    DirectorReportService(AppointmentStore store, RegionService regions, AppointmentService appointments,
            ScheduleService schedules, CurrentUser currentUser, CarePolicy policy) {
        this.store = store;
        this.regions = regions;
        this.appointments = appointments;
        this.schedules = schedules;
        this.currentUser = currentUser;
        this.policy = policy;
    }

    /** Staffing of a region in the caller's jurisdiction, with a row per region one level down. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public StaffingReport directorStaffing(String regionCode) {
        RegionCode region = regionInJurisdiction(regionCode, currentUser.requireJurisdiction());
        int groupLength = region.level() == RegionLevel.VILLAGE ? RegionLevel.VILLAGE.prefixLength()
                : RegionLevel.values()[region.level().ordinal() + 1].prefixLength();
        int perDirector = policy.childrenPerDirector();
        Map<String, StaffingCounts> counts = new HashMap<>();
        for (VillageCounts village : villageCounts(region)) {
            counts.computeIfAbsent(village.code().substring(0, groupLength), group -> new StaffingCounts())
                    .add(village, perDirector);
        }
        List<StaffingRow> byRegion = new ArrayList<>();
        if (region.level() != RegionLevel.VILLAGE) {
            for (RegionView subregion : regions.listSubregions(region)) {
                StaffingCounts c = counts.getOrDefault(subregion.code().substring(0, groupLength),
                        new StaffingCounts());
                byRegion.add(new StaffingRow(subregion.code(), subregion.name(), c.villages, c.withoutDirector,
                        c.needingMore));
            }
        }
        int villages = counts.values().stream().mapToInt(c -> c.villages).sum();
        int without = counts.values().stream().mapToInt(c -> c.withoutDirector).sum();
        int needingMore = counts.values().stream().mapToInt(c -> c.needingMore).sum();
        String name = regions.findRegion(region).map(r -> r.name()).orElse(region.value());
        return new StaffingReport(new StaffingRow(region.value(), name, villages, without, needingMore), byRegion);
    }

    /** A page of the villages under a region in the caller's jurisdiction, by code; only those with a gap if asked. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public VillageStaffingConnection villageStaffing(String regionCode, boolean onlyGaps, Integer first, String after) {
        return villageStaffing(regionCode, onlyGaps, null, first, after);
    }

    /**
     * A page of the villages under a region in the caller's jurisdiction with one kind of gap, by code: the list behind
     * a count of the staffing report (villages without a director, or needing more).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public VillageStaffingConnection villagesWithGap(String regionCode, StaffingGap gap, Integer first, String after) {
        return villageStaffing(regionCode, true, java.util.Objects.requireNonNull(gap), first, after);
    }

    /** A page of villages with how many there are in all: the list behind a count of the staffing report. */
    public record CountedVillages(long total, VillageStaffingConnection villages) {
    }

    /**
     * A page of the villages under a region in the caller's jurisdiction, by code, with how many there are in all:
     * those with one kind of gap, or every village when {@code gap} is null (the report's villages).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CountedVillages listVillagesCounted(String regionCode, StaffingGap gap, Integer first, String after) {
        RegionCode region = regionInJurisdiction(regionCode, currentUser.requireJurisdiction());
        int perDirector = policy.childrenPerDirector();
        long total = villageCounts(region).stream()
                .filter(village -> gap == null || village.gap(perDirector) == gap).count();
        return new CountedVillages(total, villageStaffing(regionCode, gap != null, gap, first, after));
    }

    private VillageStaffingConnection villageStaffing(String regionCode, boolean onlyGaps, StaffingGap onlyGap,
            Integer first, String after) {
        RegionCode region = regionInJurisdiction(regionCode, currentUser.requireJurisdiction());
        PageRequest page = PageRequest.of(first, after, STAFFING_CURSOR);
        int perDirector = policy.childrenPerDirector();
        // the page is cut from the villages' counts, which a gap filter needs for every village under the region
        String afterCode = page.afterKey().orElse("");
        List<VillageStaffingView> rows = villageCounts(region).stream()
                .filter(village -> village.code().compareTo(afterCode) > 0)
                .map(village -> new VillageStaffingView(village.code(), village.name(), village.children(),
                        village.directors(), village.gap(perDirector)))
                .filter(village -> !onlyGaps || village.gap() != null)
                .filter(village -> onlyGap == null || village.gap() == onlyGap)
                .limit(page.fetchSize()).toList();
        return page.toConnection(rows, STAFFING_CURSOR,
                village -> AppointmentStore.BY_VILLAGE.key(village.villageCode(), null), VillageStaffingEdge::new,
                VillageStaffingConnection::new);
    }

    /** A page of the active directors under a region in the caller's jurisdiction with their caseloads. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DirectorCaseloadConnection directorCaseloads(String regionCode, Integer first, String after) {
        RegionCode region = regionInJurisdiction(regionCode, currentUser.requireJurisdiction());
        PageRequest page = PageRequest.of(first, after, CASELOAD_CURSOR);
        LocalDate today = ChinaTime.today();
        List<Appointment> directors = store.pageOfActiveDirectors(region.scopePrefix(), today, page);
        Set<String> villages = directors.stream().map(director -> director.regionCode).collect(Collectors.toSet());
        Map<String, Long> directorsByVillage = store.activeIn(AppointmentKind.DIRECTOR, villages, today).stream()
                .collect(Collectors.groupingBy(director -> director.regionCode, Collectors.counting()));
        Map<String, ChildService.VillageChildren> children = store.countOpenFilesByVillage(region.scopePrefix());
        Map<String, Integer> overdue = schedules.countOverdueByVillage(villages, today);
        List<DirectorCaseloadView> caseloads = directors.stream().map(director -> {
            ChildService.VillageChildren village = children.getOrDefault(director.regionCode, NO_CHILDREN);
            int colleagues = Math.max(1, directorsByVillage.getOrDefault(director.regionCode, 0L).intValue());
            return new DirectorCaseloadView(appointments.view(director), village.children(), village.highRisk(),
                    overdue.getOrDefault(director.regionCode, 0), colleagues,
                    Math.round(100.0 * village.children() / colleagues) / 100.0);
        }).toList();
        return page.toConnection(caseloads, CASELOAD_CURSOR,
                caseload -> AppointmentStore.BY_DIRECTOR.key(caseload.director().regionCode(),
                        caseload.director().id()),
                DirectorCaseloadEdge::new, DirectorCaseloadConnection::new);
    }

    /** Each village under a region, in code order, with its children with an open file and its active directors. */
    private List<VillageCounts> villageCounts(RegionCode region) {
        return store.villageCounts(region.scopePrefix(), ChinaTime.today()).stream()
                .map(village -> new VillageCounts(village.code(), village.name(), village.children(),
                        village.directors()))
                .toList();
    }

    /** A village's counts: children with an open file, and directors active today. */
    private record VillageCounts(String code, String name, int children, int directors) {

        /** Whether the directors fall short: none, or one for more children than the policy's number. */
        StaffingGap gap(int perDirector) {
            return directors == 0 ? StaffingGap.NO_DIRECTOR
                    : directors == 1 && children > perDirector ? StaffingGap.NEEDS_MORE_DIRECTORS : null;
        }
    }

    /** The villages of a group counted: how many, how many without a director, how many needing more. */
    private static final class StaffingCounts {
        private int villages;
        private int withoutDirector;
        private int needingMore;

        void add(VillageCounts village, int perDirector) {
            villages++;
            StaffingGap gap = village.gap(perDirector);
            withoutDirector += gap == StaffingGap.NO_DIRECTOR ? 1 : 0;
            needingMore += gap == StaffingGap.NEEDS_MORE_DIRECTORS ? 1 : 0;
        }
    }

    private RegionCode regionInJurisdiction(String regionCode, org.tonghu.security.AccessScope scope) {
        List<Problem> problems = new ArrayList<>();
        Optional<RegionCode> region = regions.checkRegionInJurisdiction("regionCode", regionCode, scope, problems);
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        return region.orElseThrow();
    }
}
