package org.tonghu.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.tonghu.graphql.Problem;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.regioncode.RegionCode;
import org.tonghu.regioncode.RegionLevel;
import org.tonghu.region.RegionService;
import org.tonghu.security.AccessScope;
import org.tonghu.security.CurrentUser;

/**
 * The yearly duties of policy §2 and §14, checked from activities held or reported: safety education in a village
 * in each county, holiday safety lectures at each school, legal education hours of each rule-of-law vice-principal.
 */
@ApplicationScoped
public class DutyCoverageService {

    static final int MAX_LISTED = 200;
    static final double VICE_PRINCIPAL_CLASS_HOURS = 4.0;
    static final String REGION_WRONG_LEVEL = "REGION_WRONG_LEVEL";
    static final String YEAR_INVALID = "YEAR_INVALID";

    private static final String HELD = "a.status in ('HELD', 'REPORTED')";

    private final EntityManager entityManager;
    private final RegionService regions;
    private final CurrentUser currentUser;

    DutyCoverageService(EntityManager entityManager, RegionService regions, CurrentUser currentUser) {
        this.entityManager = entityManager;
        this.regions = regions;
        this.currentUser = currentUser;
    }

    /** The duties of a year in a province, city or county of the caller's jurisdiction. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DutyCoverageReport dutyCoverage(String regionCode, int year) {
        AccessScope scope = currentUser.childScope();
        if (!scope.hasJurisdiction()) {
            throw currentUser.refused();
        }
        List<Problem> problems = new ArrayList<>();
        Optional<RegionCode> region = regions.checkRegionInJurisdiction("regionCode", regionCode, scope, problems);
        region.filter(code -> code.level().prefixLength() > RegionLevel.COUNTY.prefixLength()).ifPresent(code ->
                problems.add(Problem.ofField("regionCode", REGION_WRONG_LEVEL, "Duties are reported for a county or above.")));
        if (year < 2000 || year > LocalDate.now().getYear()) {
            problems.add(Problem.ofField("year", YEAR_INVALID, "year lies between 2000 and this year."));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        String prefix = region.get().scopePrefix() + "%";
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);

        List<DutyGap> counties = gaps("""
                select r.code, r.name, r.code, null from region r
                where r.code like :prefix and substr(r.code, 7) = '000000' and substr(r.code, 5, 2) <> '00'
                  and not exists (select 1 from activity a where a.kind = 'SAFETY_EDUCATION' and %s
                      and a.place_kind in ('VILLAGE', 'HARBOR_SITE') and substr(a.region_code, 1, 6) = substr(r.code, 1, 6)
                      and a.starts_at >= cast(:start as date) and a.starts_at < cast(:end as date) + 1)
                order by r.code
                """.formatted(HELD), prefix, start, end);
        int countyCount = count("select count(*) from region r where r.code like :prefix"
                + " and substr(r.code, 7) = '000000' and substr(r.code, 5, 2) <> '00'", prefix);

        String schoolsWithout = """
                select cast(o.id as varchar), o.name, o.region_code, null from organization o
                where o.kind = 'SCHOOL' and o.region_code like :prefix
                  and not exists (select 1 from activity a where a.kind = 'HOLIDAY_SAFETY_LECTURE' and %s
                      and (a.organization_id = o.id or a.school_organization_id = o.id)
                      and a.starts_at >= cast(:start as date) and a.starts_at < cast(:end as date) + 1)
                order by o.region_code, o.name
                """.formatted(HELD);
        List<DutyGap> winter = gaps(schoolsWithout, prefix, LocalDate.of(year - 1, 12, 1), LocalDate.of(year, 2, 15));
        List<DutyGap> summer = gaps(schoolsWithout, prefix, LocalDate.of(year, 5, 15), LocalDate.of(year, 7, 31));
        int schoolCount = count("select count(*) from organization o where o.kind = 'SCHOOL' and o.region_code like :prefix",
                prefix);

        String vicePrincipals = """
                from rule_of_law_vice_principal v join organization o on o.id = v.school_organization_id
                where o.region_code like :prefix and v.starts_on <= cast(:end as date)
                  and (v.ends_on is null or v.ends_on >= cast(:start as date))
                """;
        List<DutyGap> shortOfHours = gaps("""
                select cast(v.id as varchar), v.person_name, o.region_code, coalesce((select sum(a.class_hours)
                    from activity a where a.vice_principal_id = v.id and a.kind = 'LEGAL_EDUCATION' and %s
                      and a.starts_at >= cast(:start as date) and a.starts_at < cast(:end as date) + 1), 0) as hours
                %s and coalesce((select sum(a.class_hours) from activity a where a.vice_principal_id = v.id
                      and a.kind = 'LEGAL_EDUCATION' and %s
                      and a.starts_at >= cast(:start as date) and a.starts_at < cast(:end as date) + 1), 0) < %s
                order by o.region_code, v.person_name
                """.formatted(HELD, vicePrincipals, HELD, VICE_PRINCIPAL_CLASS_HOURS), prefix, start, end);
        int vicePrincipalCount = ((Number) entityManager.createNativeQuery("select count(*) " + vicePrincipals)
                .setParameter("prefix", prefix).setParameter("start", start).setParameter("end", end)
                .getSingleResult()).intValue();
        return new DutyCoverageReport(year, countyCount, counties, schoolCount, winter, summer, vicePrincipalCount,
                shortOfHours);
    }

    @SuppressWarnings("unchecked")
    private List<DutyGap> gaps(String sql, String prefix, LocalDate start, LocalDate end) {
        List<Object[]> rows = entityManager.createNativeQuery(sql).setParameter("prefix", prefix)
                .setParameter("start", start).setParameter("end", end).setMaxResults(MAX_LISTED).getResultList();
        return rows.stream().map(row -> new DutyGap((String) row[0], (String) row[1], (String) row[2],
                row[3] == null ? null : ((Number) row[3]).doubleValue())).toList();
    }

    private int count(String sql, String prefix) {
        return ((Number) entityManager.createNativeQuery(sql).setParameter("prefix", prefix).getSingleResult()).intValue();
    }
}
