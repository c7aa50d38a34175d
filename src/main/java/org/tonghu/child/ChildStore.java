package org.tonghu.child;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.tonghu.graphql.ConflictException;
import org.tonghu.graphql.PageRequest;
import org.tonghu.persistence.NativeSql;
import org.tonghu.persistence.SqlValues;
import org.tonghu.persistence.Writes;
import org.tonghu.security.AccessScope;
import org.tonghu.validation.TextRules;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * The {@code child} tables ({@code child}, {@code child_category}, {@code child_risk_factor}) and the reads of
 * {@code child_organization_relationship} that decide what a caller sees: every query of the children's files.
 * Children are always loaded through an {@link AccessScope} as {@link ChildScope} turns it into SQL, for look-ups,
 * lists and nested edges alike.
 */
@ApplicationScoped
class ChildStore implements PanacheRepositoryBase<Child, UUID> {

    /** The order of the children's list, and its cursors: "name|id". */
    static final NativeSql.Keyset BY_NAME = NativeSql.Keyset.textThenId("c.name", "c.id");

    /** A filter already validated by the service; null members do not filter. */
    record Criteria(String regionPrefix, Collection<ChildCategory> categories, RiskLevel riskLevel,
            SchoolStatus schoolStatus, ChildStatus status, String nameContains, DateRange registered,
            DateRange closed) {

        Criteria(String regionPrefix, Collection<ChildCategory> categories, RiskLevel riskLevel,
                SchoolStatus schoolStatus, ChildStatus status, String nameContains) {
            this(regionPrefix, categories, riskLevel, schoolStatus, status, nameContains, null, null);
        }
    }

    /** Two days, both included. */
    record DateRange(LocalDate from, LocalDate through) {
    }

    /** The children with these ids that lie in the scope; the others are simply absent. One query. */
    List<Child> findInScope(Collection<UUID> ids, AccessScope scope) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return inScope("select c.* from child c where c.id in (:ids)", ids, scope)
                .list(getEntityManager(), Child.class);
    }

    /** The ids among these that lie in the scope. One query. */
    Set<UUID> idsInScope(Collection<UUID> ids, AccessScope scope) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(inScope("select c.id from child c where c.id in (:ids)", ids, scope)
                .column(getEntityManager(), UUID.class));
    }

    private static NativeSql inScope(String select, Collection<UUID> ids, AccessScope scope) {
        Map<String, Object> scopeParameters = new HashMap<>();
        return NativeSql.of(select).bind("ids", ids).and(ChildScope.predicate("c", scope, scopeParameters))
                .bindAll(scopeParameters);
    }

    /** A page of children in scope matching the criteria, ordered by name then id ({@link #BY_NAME}). */
    List<Child> listInScope(AccessScope scope, Criteria criteria, PageRequest page) {
        return matching("select c.*", scope, criteria).keysetPage(page, BY_NAME).list(getEntityManager(), Child.class);
    }

    /** How many children in scope match the criteria: the list's total. One query. */
    long countInScope(AccessScope scope, Criteria criteria) {
        return matching("select count(*)", scope, criteria).column(getEntityManager(), Long.class).get(0);
    }

    private static NativeSql matching(String select, AccessScope scope, Criteria criteria) {
        Map<String, Object> scopeParameters = new HashMap<>();
        NativeSql sql = NativeSql.of(select + " from child c where " + ChildScope.predicate("c", scope,
                scopeParameters)).bindAll(scopeParameters);
        if (criteria.registered() != null) {
            sql.and("c.registered_on between :registeredFrom and :registeredThrough", "registeredFrom",
                    criteria.registered().from()).bind("registeredThrough", criteria.registered().through());
        }
        if (criteria.closed() != null) {
            sql.and("c.closed_on between :closedFrom and :closedThrough", "closedFrom", criteria.closed().from())
                    .bind("closedThrough", criteria.closed().through());
        }
        if (criteria.regionPrefix() != null) {
            sql.and("c.residence_village_code like :regionPrefix", "regionPrefix", criteria.regionPrefix() + "%");
        }
        if (criteria.categories() != null && !criteria.categories().isEmpty()) {
            sql.and("exists (select 1 from child_category cc where cc.child_id = c.id"
                    + " and cc.category in (:categories))",
                    "categories", criteria.categories().stream().map(Enum::name).toList());
        }
        if (criteria.riskLevel() != null) {
            sql.and("c.risk_level = :riskLevel", "riskLevel", criteria.riskLevel().name());
        }
        if (criteria.schoolStatus() != null) {
            sql.and("c.school_status = :schoolStatus", "schoolStatus", criteria.schoolStatus().name());
        }
        if (criteria.status() != null) {
            sql.and("c.status = :status", "status", criteria.status().name());
        }
        if (criteria.nameContains() != null) {
            sql.and("c.name like :name escape '\\'", "name", "%" + TextRules.escapeLike(criteria.nameContains()) + "%");
        }
        return sql;
    }

    /**
     * The kinds of the organization's active relationships with each of these children (the registries that wrote
     * them: PAIRING, REHABILITATION, REFERRAL, ATTENDANCE, PROTECTION_REPORT), in one query.
     */
    Map<UUID, Set<String>> activeRelationshipKinds(Collection<UUID> ids, UUID organizationId) {
        Map<UUID, Set<String>> kinds = new HashMap<>();
        if (!ids.isEmpty()) {
            NativeSql.of("select r.child_id, r.kind from child_organization_relationship r"
                    + " where r.child_id in (:ids) and r.organization_id = :organization"
                    + " and r.active_from <= current_date"
                    + " and (r.active_until is null or r.active_until >= current_date)")
                    .bind("ids", ids).bind("organization", organizationId).rows(getEntityManager())
                    .forEach(row -> kinds.computeIfAbsent((UUID) row[0], id -> new HashSet<>()).add((String) row[1]));
        }
        return kinds;
    }

    /** The categories of some children and the risk factors of some of them. */
    record CategoriesAndRiskFactors(Map<UUID, Set<ChildCategory>> categories, Map<UUID, Set<RiskFactor>> riskFactors) {
    }

    /**
     * The categories of these children and the risk factors of those of them named in {@code riskFactorsOf}, in one
     * query (the page of a list needs both).
     */
    CategoriesAndRiskFactors categoriesAndRiskFactorsOf(Collection<UUID> ids, Collection<UUID> riskFactorsOf) {
        Map<UUID, Set<ChildCategory>> categories = new HashMap<>();
        Map<UUID, Set<RiskFactor>> factors = new HashMap<>();
        if (ids.isEmpty()) {
            return new CategoriesAndRiskFactors(categories, factors);
        }
        NativeSql sql = NativeSql.of("select child_id, category, false from child_category where child_id in (:ids)")
                .bind("ids", ids);
        if (!riskFactorsOf.isEmpty()) {
            sql.append(" union all select child_id, risk_factor, true from child_risk_factor"
                    + " where child_id in (:riskFactorsOf)").bind("riskFactorsOf", riskFactorsOf);
        }
        for (Object[] row : sql.rows(getEntityManager())) {
            UUID id = (UUID) row[0];
            if ((Boolean) row[2]) {
                factors.computeIfAbsent(id, key -> EnumSet.noneOf(RiskFactor.class))
                        .add(RiskFactor.valueOf((String) row[1]));
            } else {
                categories.computeIfAbsent(id, key -> EnumSet.noneOf(ChildCategory.class))
                        .add(ChildCategory.valueOf((String) row[1]));
            }
        }
        return new CategoriesAndRiskFactors(categories, factors);
    }

    /** Active children in the scope (and under a region prefix, if given) by category. One query. */
    Map<ChildCategory, Long> countByCategory(AccessScope scope, String regionPrefix) {
        Map<String, Object> scopeParameters = new HashMap<>();
        Map<ChildCategory, Long> counts = new EnumMap<>(ChildCategory.class);
        // the per-village counts kept by the child and child_category triggers (village_category_count, V22): a
        // province's dashboard sums some 23,000 villages' rows instead of joining a million children's categories
        NativeSql.of("select v.category, sum(v.open_files) from village_category_count v")
                .append(" where " + ChildScope.villageInScope("v.village_code", scope, scopeParameters))
                .bindAll(scopeParameters)
                .andIf(regionPrefix != null, "v.village_code like :regionPrefix", "regionPrefix", regionPrefix + "%")
                .append(" group by v.category having sum(v.open_files) > 0")
                .rows(getEntityManager())
                .forEach(row -> counts.put(ChildCategory.valueOf((String) row[0]), ((Number) row[1]).longValue()));
        return counts;
    }

    /** The name of each of these children, in one query. */
    Map<UUID, String> namesOf(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            NativeSql.of("select c.id, c.name from child c where c.id in (:ids)").bind("ids", ids)
                    .rows(getEntityManager()).forEach(row -> names.put((UUID) row[0], (String) row[1]));
        }
        return names;
    }

    /** The longest name found through the name index; longer ones are looked for by {@code strpos}. */
    static final int INDEXED_NAME_LENGTH = 4;

    /**
     * Which of these texts (by index) contain the full name of a child living in a village under the region prefix,
     * whatever the file's status; names of one character are left out (they would match ordinary words). One
     * statement in two parts: every substring of 2 to {@value #INDEXED_NAME_LENGTH} characters of the texts is looked
     * up in {@code child_name_idx} (almost every name), and the region's few longer names are looked for with
     * {@code strpos}. Measured on a million children with a 10,000-character story: about 60 ms for a county, 200 ms
     * for a city, 400 ms for the province (a plain {@code strpos} over the region's children: 0.15 s, 1.4 s, 14 s).
     * Only fixed text is concatenated; the texts and candidates are bound.
     */
    Set<Integer> textsNamingChildren(String regionPrefix, List<String> texts) {
        if (texts.isEmpty()) {
            return Set.of();
        }
        StringBuilder values = new StringBuilder();
        Set<String> candidates = new java.util.LinkedHashSet<>();
        for (int i = 0; i < texts.size(); i++) {
            values.append(i == 0 ? "" : ", ").append("(").append(i).append(", cast(:text").append(i)
                    .append(" as text))");
            int[] codePoints = texts.get(i).codePoints().toArray();
            for (int from = 0; from < codePoints.length; from++) {
                for (int length = 2; length <= INDEXED_NAME_LENGTH && from + length <= codePoints.length; length++) {
                    candidates.add(new String(codePoints, from, length));
                }
            }
        }
        String textValues = "(values " + values + ") as t(n, body)";
        NativeSql sql = NativeSql.of("select t.n from child c join (select distinct unnest(string_to_array("
                + "cast(:candidates as text), chr(31))) as name) k on k.name = c.name join " + textValues
                + " on strpos(t.body, c.name) > 0 where c.residence_village_code like :prefix"
                + " union select t.n from child c join " + textValues + " on strpos(t.body, c.name) > 0"
                + " where c.residence_village_code like :prefix and char_length(c.name) > " + INDEXED_NAME_LENGTH)
                .bind("prefix", regionPrefix + "%")
                .bind("candidates", String.join(String.valueOf((char) 31), candidates));
        for (int i = 0; i < texts.size(); i++) {
            sql.bind("text" + i, texts.get(i));
        }
        return new HashSet<>(sql.column(getEntityManager(), Integer.class));
    }

    /** The village each of these children lives in, in one query. */
    Map<UUID, String> residenceVillagesOf(Collection<UUID> ids) {
        Map<UUID, String> villages = new HashMap<>();
        if (!ids.isEmpty()) {
            NativeSql.of("select c.id, c.residence_village_code from child c where c.id in (:ids)").bind("ids", ids)
                    .rows(getEntityManager()).forEach(row -> villages.put((UUID) row[0], (String) row[1]));
        }
        return villages;
    }

    /** Children with an open file in each village under a code prefix, all and high-risk, in one query. */
    Map<String, ChildService.VillageChildren> countOpenFilesByVillage(String scopePrefix) {
        Map<String, ChildService.VillageChildren> counts = new HashMap<>();
        NativeSql.of("select c.residence_village_code, count(*), count(*) filter (where c.risk_level = 'HIGH')"
                + " from child c where c.status = 'ACTIVE' and c.residence_village_code like :prefix"
                + " group by c.residence_village_code").bind("prefix", scopePrefix + "%").rows(getEntityManager())
                .forEach(row -> counts.put((String) row[0], new ChildService.VillageChildren(
                        SqlValues.integer(row[1]), SqlValues.integer(row[2]))));
        return counts;
    }

    Optional<Child> findByIdNumber(String idNumber) {
        return find("idNumber", idNumber).firstResultOptional();
    }

    Optional<UUID> findIdByIdNumber(String idNumber) {
        return getEntityManager().createQuery("select c.id from Child c where c.idNumber = :idNumber", UUID.class)
                .setParameter("idNumber", idNumber).getResultStream().findFirst();
    }

    /**
     * Flushes pending changes; another writer's change since the child was read becomes the {@code CONFLICT} that
     * {@code conflict} records and returns.
     */
    void flushOrConflict(Supplier<ConflictException> conflict) {
        Writes.flushOrConflict(getEntityManager(), conflict);
    }

    /**
     * How many children living under a region prefix have an open file, were registered, and had their file closed
     * between two days (inclusive): {@code [open, registered, closed]}, counts for the annual progress report.
     */
    long[] countRegisteredAndClosed(String regionPrefix, LocalDate from, LocalDate through) {
        Object[] row = NativeSql.of("select count(*) filter (where c.registered_on between :from and :through),"
                + " count(*) filter (where c.closed_on between :from and :through) from child c"
                + " where c.residence_village_code like :prefix"
                + " and (c.registered_on between :from and :through or c.closed_on between :from and :through)")
                .bind("prefix", regionPrefix + "%").bind("from", from).bind("through", through)
                .rows(getEntityManager()).get(0);
        // the open files from the per-village counts the triggers keep (village_child_count, as the dashboards)
        long open = NativeSql.of("select coalesce(sum(v.open_files), 0) from village_child_count v"
                + " where v.village_code like :prefix").bind("prefix", regionPrefix + "%")
                .column(getEntityManager(), Long.class).get(0);
        return new long[] { open, ((Number) row[0]).longValue(), ((Number) row[1]).longValue() };
    }

    /**
     * A page of the open files under a region by village, name and id, each with the number of files of the whole
     * list: those among {@code ids}, or with {@code excluding} those not among them (the ids go as one parameter).
     */
    List<Object[]> pageOpenFiles(String regionPrefix, Collection<UUID> ids, boolean excluding, int offset, int limit) {
        return NativeSql.of("select c.id, c.name, c.residence_village_code, count(*) over () from child c"
                + " where c.residence_village_code like :prefix and c.status = 'ACTIVE' and "
                + (excluding ? "not " : "") + "(c.id = any(cast(string_to_array(:ids, ',') as uuid[])))"
                + " order by c.residence_village_code, c.name, c.id offset :offset limit :limit")
                .bind("prefix", regionPrefix + "%")
                .bind("ids", String.join(",", ids.stream().map(UUID::toString).toList()))
                .bind("offset", offset).bind("limit", limit).rows(getEntityManager());
    }
}
