package org.tonghu.openstatistics;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.tonghu.child.ChildScope;
import org.tonghu.persistence.NativeSql;
import org.tonghu.regioncode.RegionCode;

/** The SQL of open statistics: one grouped statement per table. */
@ApplicationScoped
class OpenStatisticsStore {

    /** One row of the statement: a region, and one count of it (category null: its children). */
    record Counted(String regionCode, String regionName, boolean asked, String category, long children) {
    }

    private final EntityManager entityManager;

    OpenStatisticsStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The region itself (asked) and each of its direct sub-regions, with the children in care there on the day: once
     * per region (category null) and per category, a sub-region without children once with no count. The children
     * are grouped by the first digits of their village's code padded to a region code (the sub-region's code), read
     * once (a range of child_residence_idx) and counted twice, then joined to the sub-regions by their parent.
     */
    // aggregate over child and child_category of the child feature, through ChildScope's fragments: one statement at
    // province scale (README, The house)
    List<Counted> count(RegionCode region, LocalDate day) {
        Map<String, Object> parameters = new HashMap<>();
        String livesUnder = ChildScope.livesUnder("c", region.scopePrefix(), parameters);
        String inCare = ChildScope.inCareOn("c", day, parameters);
        String village = ChildScope.residenceVillage("c");
        String sql = """
                with in_care as materialized (
                    select c.id, rpad(substr(%s, 1, :subregionLength), 12, '0') as code
                    from child c where %s and %s
                ), counted as (
                    select code, null::varchar as category, count(*) as children from in_care group by code
                    union all
                    select i.code, cc.category, count(*) from in_care i join child_category cc on cc.child_id = i.id
                    group by i.code, cc.category
                )
                select r.code, r.name, r.code = :region as asked, counted.category, counted.children
                from region r left join counted on counted.code = r.code
                where r.parent_code = :region or r.code = :region
                order by r.code, counted.category nulls first
                """.formatted(village, livesUnder, inCare);
        return NativeSql.of(sql).bindAll(parameters).bind("subregionLength", region.subregionPrefixLength())
                .bind("region", region.value()).rows(entityManager).stream()
                .map(row -> new Counted((String) row[0], (String) row[1], (Boolean) row[2], (String) row[3],
                        row[4] == null ? 0 : ((Number) row[4]).longValue()))
                .toList();
    }
}
