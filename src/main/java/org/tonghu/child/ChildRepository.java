package org.tonghu.child;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.tonghu.security.AccessScope;
import org.tonghu.validation.TextRules;

/**
 * Loads children, always through the caller's {@link AccessScope} as {@link ChildScope} turns it into SQL, for
 * look-ups, lists and nested edges alike.
 */
@ApplicationScoped
class ChildRepository {

    private final EntityManager entityManager;

    ChildRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A filter already validated by the service; null members do not filter. */
    record Criteria(String regionPrefix, Collection<ChildCategory> categories, RiskLevel riskLevel,
            SchoolStatus schoolStatus, ChildStatus status, String nameContains) {
    }

    /** The children with these ids that lie in the scope; the others are simply absent. One query. */
    @SuppressWarnings("unchecked")
    List<Child> findInScope(Collection<UUID> ids, AccessScope scope) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("ids", ids);
        Query query = entityManager.createNativeQuery("select c.* from child c where c.id in (:ids) and "
                + ChildScope.predicate("c", scope, parameters), Child.class);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /** The ids among these that lie in the scope. One query. */
    @SuppressWarnings("unchecked")
    Set<UUID> idsInScope(Collection<UUID> ids, AccessScope scope) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("ids", ids);
        Query query = entityManager.createNativeQuery("select c.id from child c where c.id in (:ids) and "
                + ChildScope.predicate("c", scope, parameters), UUID.class);
        parameters.forEach(query::setParameter);
        return new java.util.HashSet<>(query.getResultList());
    }

    /** A page of children in scope matching the criteria, after a (name, id) key, ordered by name then id. */
    @SuppressWarnings("unchecked")
    List<Child> listInScope(AccessScope scope, Criteria criteria, Optional<String[]> after, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder sql = new StringBuilder("select c.* from child c where ").append(ChildScope.predicate("c", scope, parameters));
        if (criteria.regionPrefix() != null) {
            sql.append(" and c.residence_village_code like :regionPrefix");
            parameters.put("regionPrefix", criteria.regionPrefix() + "%");
        }
        if (criteria.categories() != null && !criteria.categories().isEmpty()) {
            sql.append(" and exists (select 1 from child_category cc where cc.child_id = c.id and cc.category in (:categories))");
            parameters.put("categories", criteria.categories().stream().map(Enum::name).toList());
        }
        if (criteria.riskLevel() != null) {
            sql.append(" and c.risk_level = :riskLevel");
            parameters.put("riskLevel", criteria.riskLevel().name());
        }
        if (criteria.schoolStatus() != null) {
            sql.append(" and c.school_status = :schoolStatus");
            parameters.put("schoolStatus", criteria.schoolStatus().name());
        }
        if (criteria.status() != null) {
            sql.append(" and c.status = :status");
            parameters.put("status", criteria.status().name());
        }
        if (criteria.nameContains() != null) {
            sql.append(" and c.name like :name escape '\\'");
            parameters.put("name", "%" + TextRules.escapeLike(criteria.nameContains()) + "%");
        }
        after.ifPresent(key -> {
            sql.append(" and (c.name, c.id) > (:afterName, :afterId)");
            parameters.put("afterName", key[0]);
            parameters.put("afterId", UUID.fromString(key[1]));
        });
        sql.append(" order by c.name, c.id");
        Query query = entityManager.createNativeQuery(sql.toString(), Child.class).setMaxResults(limit);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /**
     * The kinds of the organization's active relationships with each of these children (the registries that wrote
     * them: PAIRING, REHABILITATION, REFERRAL, ATTENDANCE), in one query.
     */
    @SuppressWarnings("unchecked")
    Map<UUID, Set<String>> activeRelationshipKinds(Collection<UUID> ids, UUID organizationId) {
        Map<UUID, Set<String>> kinds = new HashMap<>();
        if (!ids.isEmpty()) {
            ((List<Object[]>) entityManager.createNativeQuery("select r.child_id, r.kind from child_organization_relationship r"
                    + " where r.child_id in (:ids) and r.organization_id = :organization and r.active_from <= current_date"
                    + " and (r.active_until is null or r.active_until >= current_date)")
                    .setParameter("ids", ids).setParameter("organization", organizationId).getResultList())
                    .forEach(row -> kinds.computeIfAbsent((UUID) row[0], id -> new java.util.HashSet<>())
                            .add((String) row[1]));
        }
        return kinds;
    }

    /** The categories of each child, in one query. */
    Map<UUID, Set<ChildCategory>> categoriesOf(Collection<UUID> ids) {
        Map<UUID, Set<ChildCategory>> categories = new HashMap<>();
        if (!ids.isEmpty()) {
            entityManager.createQuery("select c.id, category from Child c join c.categories category where c.id in :ids",
                    Object[].class).setParameter("ids", ids).getResultStream()
                    .forEach(row -> categories.computeIfAbsent((UUID) row[0], id -> EnumSet.noneOf(ChildCategory.class))
                            .add((ChildCategory) row[1]));
        }
        return categories;
    }

    /** The risk factors of each child, in one query. */
    Map<UUID, Set<RiskFactor>> riskFactorsOf(Collection<UUID> ids) {
        Map<UUID, Set<RiskFactor>> factors = new HashMap<>();
        if (!ids.isEmpty()) {
            entityManager.createQuery("select c.id, factor from Child c join c.riskFactors factor where c.id in :ids",
                    Object[].class).setParameter("ids", ids).getResultStream()
                    .forEach(row -> factors.computeIfAbsent((UUID) row[0], id -> EnumSet.noneOf(RiskFactor.class))
                            .add((RiskFactor) row[1]));
        }
        return factors;
    }

    /** Active children in the scope by category. One query. */
    @SuppressWarnings("unchecked")
    Map<ChildCategory, Long> countByCategory(AccessScope scope) {
        Map<String, Object> parameters = new HashMap<>();
        Query query = entityManager.createNativeQuery("select cc.category, count(*) from child c"
                + " join child_category cc on cc.child_id = c.id where c.status = 'ACTIVE' and "
                + ChildScope.predicate("c", scope, parameters) + " group by cc.category");
        parameters.forEach(query::setParameter);
        Map<ChildCategory, Long> counts = new java.util.EnumMap<>(ChildCategory.class);
        ((List<Object[]>) query.getResultList()).forEach(row -> counts.put(ChildCategory.valueOf((String) row[0]),
                ((Number) row[1]).longValue()));
        return counts;
    }

    Optional<Child> findByIdNumber(String idNumber) {
        return entityManager.createQuery("from Child c where c.idNumber = :idNumber", Child.class)
                .setParameter("idNumber", idNumber).getResultStream().findFirst();
    }

    Optional<UUID> findIdByIdNumber(String idNumber) {
        return entityManager.createQuery("select c.id from Child c where c.idNumber = :idNumber", UUID.class)
                .setParameter("idNumber", idNumber).getResultStream().findFirst();
    }

    void persist(Child child) {
        entityManager.persist(child);
    }

    void flush() {
        entityManager.flush();
    }
}
