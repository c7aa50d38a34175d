package org.tonghu.director;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tonghu.graphql.PageRequest;
import org.tonghu.graphql.Problem;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.policy.CarePolicy;
import org.tonghu.regioncode.RegionCode;
import org.tonghu.regioncode.RegionLevel;
import org.tonghu.region.RegionService;
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

    private final AppointmentStore store;
    private final RegionService regions;
    private final AppointmentService appointments;
    private final CurrentUser currentUser;
    private final CarePolicy policy;

    DirectorReportService(AppointmentStore store, RegionService regions, AppointmentService appointments,
            CurrentUser currentUser, CarePolicy policy) {
        this.store = store;
        this.regions = regions;
        this.appointments = appointments;
        this.currentUser = currentUser;
        this.policy = policy;
    }

    /** Staffing of a region in the caller's jurisdiction, with a row per region one level down. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public StaffingReport directorStaffing(String regionCode) {
        RegionCode region = regionInJurisdiction(regionCode, currentUser.requireJurisdiction());
        int groupLength = region.level() == RegionLevel.VILLAGE ? RegionLevel.VILLAGE.prefixLength()
                : RegionLevel.values()[region.level().ordinal() + 1].prefixLength();
        Map<String, AppointmentStore.StaffingCounts> counts = store.staffingCounts(region.scopePrefix(), groupLength,
                ChinaTime.today(), policy.childrenPerDirector()).stream()
                .collect(Collectors.toMap(AppointmentStore.StaffingCounts::groupPrefix, Function.identity()));
        List<StaffingRow> byRegion = new ArrayList<>();
        if (region.level() != RegionLevel.VILLAGE) {
            for (AppointmentStore.Subregion subregion : store.subregions(region.value())) {
                AppointmentStore.StaffingCounts c = counts.get(subregion.code().substring(0, groupLength));
                byRegion.add(c == null ? new StaffingRow(subregion.code(), subregion.name(), 0, 0, 0)
                        : new StaffingRow(subregion.code(), subregion.name(), c.villages(), c.withoutDirector(),
                                c.needingMore()));
            }
        }
        int villages = counts.values().stream().mapToInt(AppointmentStore.StaffingCounts::villages).sum();
        int without = counts.values().stream().mapToInt(AppointmentStore.StaffingCounts::withoutDirector).sum();
        int needingMore = counts.values().stream().mapToInt(AppointmentStore.StaffingCounts::needingMore).sum();
        String name = regions.findRegion(region).map(r -> r.name()).orElse(region.value());
        return new StaffingReport(new StaffingRow(region.value(), name, villages, without, needingMore), byRegion);
    }

    /** A page of the villages under a region in the caller's jurisdiction, by code; only those with a gap if asked. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public VillageStaffingConnection villageStaffing(String regionCode, boolean onlyGaps, Integer first, String after) {
        RegionCode region = regionInJurisdiction(regionCode, currentUser.requireJurisdiction());
        PageRequest page = PageRequest.of(first, after, STAFFING_CURSOR);
        int perDirector = policy.childrenPerDirector();
        List<VillageStaffingView> rows = store.villageStaffing(region.scopePrefix(), ChinaTime.today(), onlyGaps,
                perDirector, page).stream().map(village -> {
                    StaffingGap gap = village.directors() == 0 ? StaffingGap.NO_DIRECTOR
                            : village.directors() == 1 && village.children() > perDirector
                                    ? StaffingGap.NEEDS_MORE_DIRECTORS : null;
                    return new VillageStaffingView(village.code(), village.name(), village.children(),
                            village.directors(), gap);
                }).toList();
        return page.toConnection(rows, STAFFING_CURSOR,
                village -> AppointmentStore.BY_VILLAGE.key(village.villageCode(), null), VillageStaffingEdge::new,
                VillageStaffingConnection::new);
    }

    /** A page of the active directors under a region in the caller's jurisdiction with their caseloads. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DirectorCaseloadConnection directorCaseloads(String regionCode, Integer first, String after) {
        RegionCode region = regionInJurisdiction(regionCode, currentUser.requireJurisdiction());
        PageRequest page = PageRequest.of(first, after, CASELOAD_CURSOR);
        List<AppointmentStore.Caseload> rows = store.caseloads(region.scopePrefix(), ChinaTime.today(), page);
        Map<UUID, Appointment> byId = new HashMap<>();
        store.findAll(rows.stream().map(AppointmentStore.Caseload::appointmentId).toList())
                .forEach(appointment -> byId.put(appointment.id, appointment));
        List<DirectorCaseloadView> caseloads = rows.stream().map(row -> {
            int directors = Math.max(1, row.directors());
            return new DirectorCaseloadView(appointments.view(byId.get(row.appointmentId())), row.children(),
                    row.highRisk(), row.overdue(), directors, Math.round(100.0 * row.children() / directors) / 100.0);
        }).toList();
        return page.toConnection(caseloads, CASELOAD_CURSOR,
                caseload -> AppointmentStore.BY_DIRECTOR.key(caseload.director().regionCode(),
                        caseload.director().id()),
                DirectorCaseloadEdge::new, DirectorCaseloadConnection::new);
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
