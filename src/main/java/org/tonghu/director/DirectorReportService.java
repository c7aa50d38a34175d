package org.tonghu.director;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.tonghu.graphql.PageRequest;
import org.tonghu.graphql.Problem;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.persistence.SqlValues;
import org.tonghu.regioncode.RegionCode;
import org.tonghu.regioncode.RegionLevel;
import org.tonghu.region.RegionService;
import org.tonghu.security.AccessScope;
import org.tonghu.security.CurrentUser;

/**
 * Directors' duties in numbers (policy §21): which villages lack directors and how many children each director
 * answers for. Counts only, no child's data; for regional staff inside their jurisdiction.
 */
@ApplicationScoped
public class DirectorReportService {

    static final String STAFFING_CURSOR = "staffing";
    static final String CASELOAD_CURSOR = "caseload";
    /** A village with more children than this needs more than one director (policy §21). */
    static final int CHILDREN_PER_SINGLE_DIRECTOR = 30;

    /** Each village under the prefix with its active children and its directors active on :today. */
    private static final String VILLAGE_STAFFING_SQL = """
            select r.code, r.name,
                   (select count(*) from child c where c.residence_village_code = r.code and c.status = 'ACTIVE') as children,
                   (select count(*) from appointment a where a.region_code = r.code and a.kind = 'DIRECTOR'
                      and a.starts_on <= :today and (a.ends_on is null or a.ends_on >= :today)) as directors
            from region r
            where r.code like :prefix and substr(r.code, 10) <> '000'
            """;

    private static final String GAP_SQL = "(v.directors = 0 or (v.directors = 1 and v.children > "
            + CHILDREN_PER_SINGLE_DIRECTOR + "))";

    private final EntityManager entityManager;
    private final RegionService regions;
    private final AppointmentService appointments;
    private final CurrentUser currentUser;

    DirectorReportService(EntityManager entityManager, RegionService regions, AppointmentService appointments,
            CurrentUser currentUser) {
        this.entityManager = entityManager;
        this.regions = regions;
        this.appointments = appointments;
        this.currentUser = currentUser;
    }

    /** Staffing of a region in the caller's jurisdiction, with a row per region one level down. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public StaffingReport directorStaffing(String regionCode) {
        RegionCode region = requireRegion(regionCode);
        int groupLength = region.level() == RegionLevel.VILLAGE ? RegionLevel.VILLAGE.prefixLength()
                : RegionLevel.values()[region.level().ordinal() + 1].prefixLength();
        Query query = entityManager.createNativeQuery("select substr(v.code, 1, :groupLength), count(*),"
                + " count(*) filter (where v.directors = 0), count(*) filter (where v.directors = 1 and v.children > "
                + CHILDREN_PER_SINGLE_DIRECTOR + ") from (" + VILLAGE_STAFFING_SQL + ") v group by 1")
                .setParameter("groupLength", groupLength).setParameter("prefix", region.scopePrefix() + "%")
                .setParameter("today", LocalDate.now());
        Map<String, int[]> counts = new HashMap<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            counts.put((String) row[0], new int[] { SqlValues.integer(row[1]), SqlValues.integer(row[2]), SqlValues.integer(row[3]) });
        }
        List<StaffingRow> byRegion = new ArrayList<>();
        if (region.level() != RegionLevel.VILLAGE) {
            List<Object[]> subregions = entityManager.createNativeQuery(
                    "select code, name from region where parent_code = :code order by code")
                    .setParameter("code", region.value()).getResultList();
            for (Object[] subregion : subregions) {
                String code = (String) subregion[0];
                int[] c = counts.getOrDefault(code.substring(0, groupLength), new int[3]);
                byRegion.add(new StaffingRow(code, (String) subregion[1], c[0], c[1], c[2]));
            }
        }
        int[] total = new int[3];
        counts.values().forEach(c -> {
            for (int i = 0; i < 3; i++) {
                total[i] += c[i];
            }
        });
        String name = regions.findRegion(region).map(r -> r.name()).orElse(region.value());
        return new StaffingReport(new StaffingRow(region.value(), name, total[0], total[1], total[2]), byRegion);
    }

    /** A page of the villages under a region in the caller's jurisdiction, by code; only those with a gap if asked. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public VillageStaffingConnection villageStaffing(String regionCode, boolean onlyGaps, Integer first, String after) {
        RegionCode region = requireRegion(regionCode);
        PageRequest page = PageRequest.of(first, after, STAFFING_CURSOR);
        StringBuilder sql = new StringBuilder("select v.* from (" + VILLAGE_STAFFING_SQL + ") v where true");
        if (onlyGaps) {
            sql.append(" and ").append(GAP_SQL);
        }
        page.afterKey().ifPresent(key -> sql.append(" and v.code > :after"));
        sql.append(" order by v.code");
        Query query = entityManager.createNativeQuery(sql.toString()).setParameter("prefix", region.scopePrefix() + "%")
                .setParameter("today", LocalDate.now()).setMaxResults(page.fetchSize());
        page.afterKey().ifPresent(key -> query.setParameter("after", key));
        List<VillageStaffingView> rows = ((List<Object[]>) query.getResultList()).stream().map(row -> {
            int children = SqlValues.integer(row[2]);
            int directors = SqlValues.integer(row[3]);
            StaffingGap gap = directors == 0 ? StaffingGap.NO_DIRECTOR
                    : directors == 1 && children > CHILDREN_PER_SINGLE_DIRECTOR ? StaffingGap.NEEDS_MORE_DIRECTORS : null;
            return new VillageStaffingView((String) row[0], (String) row[1], children, directors, gap);
        }).toList();
        return page.toConnection(rows, STAFFING_CURSOR, VillageStaffingView::villageCode, VillageStaffingEdge::new,
                VillageStaffingConnection::new);
    }

    /** A page of the active directors under a region in the caller's jurisdiction with their caseloads. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public DirectorCaseloadConnection directorCaseloads(String regionCode, Integer first, String after) {
        RegionCode region = requireRegion(regionCode);
        PageRequest page = PageRequest.of(first, after, CASELOAD_CURSOR);
        Optional<String[]> afterKey = page.afterKey().map(PageRequest::textAndId);
        StringBuilder sql = new StringBuilder("""
                select a.id, count(c.id), count(c.id) filter (where c.risk_level = 'HIGH'),
                       count(s.child_id) filter (where s.next_due_on < :today),
                       (select count(*) from appointment b where b.region_code = a.region_code and b.kind = 'DIRECTOR'
                          and b.starts_on <= :today and (b.ends_on is null or b.ends_on >= :today))
                from appointment a
                left join child c on c.residence_village_code = a.region_code and c.status = 'ACTIVE'
                left join visit_schedule s on s.child_id = c.id
                where a.kind = 'DIRECTOR' and a.region_code like :prefix
                  and a.starts_on <= :today and (a.ends_on is null or a.ends_on >= :today)
                """);
        afterKey.ifPresent(key -> sql.append(" and (a.region_code, a.id) > (:afterCode, :afterId)"));
        sql.append(" group by a.id, a.region_code order by a.region_code, a.id");
        Query query = entityManager.createNativeQuery(sql.toString()).setParameter("prefix", region.scopePrefix() + "%")
                .setParameter("today", LocalDate.now()).setMaxResults(page.fetchSize());
        afterKey.ifPresent(key -> query.setParameter("afterCode", key[0]).setParameter("afterId", UUID.fromString(key[1])));
        List<Object[]> rows = query.getResultList();
        Map<UUID, Appointment> byId = new HashMap<>();
        if (!rows.isEmpty()) {
            entityManager.createQuery("from Appointment a where a.id in :ids", Appointment.class)
                    .setParameter("ids", rows.stream().map(row -> (UUID) row[0]).toList()).getResultStream()
                    .forEach(appointment -> byId.put(appointment.id, appointment));
        }
        List<DirectorCaseloadView> caseloads = rows.stream().map(row -> {
            int children = SqlValues.integer(row[1]);
            int directors = Math.max(1, SqlValues.integer(row[4]));
            return new DirectorCaseloadView(appointments.view(byId.get((UUID) row[0])), children, SqlValues.integer(row[2]),
                    SqlValues.integer(row[3]), directors, Math.round(100.0 * children / directors) / 100.0);
        }).toList();
        return page.toConnection(caseloads, CASELOAD_CURSOR,
                caseload -> caseload.director().regionCode() + "|" + caseload.director().id(), DirectorCaseloadEdge::new,
                DirectorCaseloadConnection::new);
    }

    private RegionCode requireRegion(String regionCode) {
        AccessScope scope = currentUser.childScope();
        if (!scope.hasJurisdiction()) {
            throw currentUser.refused();
        }
        List<Problem> problems = new ArrayList<>();
        Optional<RegionCode> region = regions.checkRegionInJurisdiction("regionCode", regionCode, scope, problems);
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        return region.orElseThrow();
    }

}
