package org.tonghu.guardian;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.tonghu.child.ChildScope;
import org.tonghu.security.AccessScope;
import org.tonghu.validation.TextRules;

/** Reads and writes guardians and their links to children. Each method is one query. */
@ApplicationScoped
class GuardianRepository {

    private final EntityManager entityManager;

    GuardianRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A guardian's link to a child. */
    record Link(UUID childId, UUID guardianId, GuardianRelationship relationship, boolean legalGuardian,
            boolean entrustedCaregiver) {
    }

    List<Guardian> findByIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("from Guardian g where g.id in :ids", Guardian.class)
                .setParameter("ids", ids).getResultList();
    }

    /**
     * A page of the guardians in the scope (registered under its regional prefix, or linked to a child in it),
     * optionally under a region and by part of the name, after a (name, id) key, ordered by name then id.
     */
    @SuppressWarnings("unchecked")
    List<Guardian> listInScope(AccessScope scope, String regionPrefix, String nameContains,
            java.util.Optional<String[]> after, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder sql = new StringBuilder("select g.* from guardian g where (");
        if (scope.regionPrefix().isPresent()) {
            sql.append("g.region_code like :guardianPrefix or ");
            parameters.put("guardianPrefix", scope.regionPrefix().get() + "%");
        }
        sql.append("exists (select 1 from child_guardian cg join child c on c.id = cg.child_id where cg.guardian_id = g.id and ")
                .append(ChildScope.predicate("c", scope, parameters)).append("))");
        if (regionPrefix != null) {
            sql.append(" and g.region_code like :regionPrefix");
            parameters.put("regionPrefix", regionPrefix + "%");
        }
        if (nameContains != null) {
            sql.append(" and g.name like :name escape '\\'");
            parameters.put("name", "%" + TextRules.escapeLike(nameContains) + "%");
        }
        after.ifPresent(key -> {
            sql.append(" and (g.name, g.id) > (:afterName, :afterId)");
            parameters.put("afterName", key[0]);
            parameters.put("afterId", UUID.fromString(key[1]));
        });
        Query query = entityManager.createNativeQuery(sql.append(" order by g.name, g.id").toString(), Guardian.class)
                .setMaxResults(limit);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    @SuppressWarnings("unchecked")
    List<Link> linksOfChildren(Collection<UUID> childIds) {
        return links("child_id", childIds);
    }

    List<Link> linksOfGuardians(Collection<UUID> guardianIds) {
        return links("guardian_id", guardianIds);
    }

    @SuppressWarnings("unchecked")
    private List<Link> links(String column, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = entityManager.createNativeQuery("select child_id, guardian_id, relationship, legal_guardian,"
                + " entrusted_caregiver from child_guardian where " + column + " in (:ids) order by child_id, guardian_id")
                .setParameter("ids", ids).getResultList();
        return rows.stream().map(row -> new Link((UUID) row[0], (UUID) row[1],
                GuardianRelationship.valueOf((String) row[2]), (Boolean) row[3], (Boolean) row[4])).toList();
    }

    /** Links a guardian to a child, or updates an existing link's relationship. */
    void link(Link link) {
        entityManager.createNativeQuery("""
                insert into child_guardian (child_id, guardian_id, relationship, legal_guardian, entrusted_caregiver)
                values (:child, :guardian, :relationship, :legal, :entrusted)
                on conflict (child_id, guardian_id) do update set relationship = excluded.relationship,
                    legal_guardian = excluded.legal_guardian, entrusted_caregiver = excluded.entrusted_caregiver
                """)
                .setParameter("child", link.childId()).setParameter("guardian", link.guardianId())
                .setParameter("relationship", link.relationship().name())
                .setParameter("legal", link.legalGuardian()).setParameter("entrusted", link.entrustedCaregiver())
                .executeUpdate();
    }

    /** Removes a link; whether there was one. */
    boolean unlink(UUID childId, UUID guardianId) {
        return entityManager.createNativeQuery("delete from child_guardian where child_id = :child and guardian_id = :guardian")
                .setParameter("child", childId).setParameter("guardian", guardianId).executeUpdate() > 0;
    }

    void persist(Guardian guardian) {
        entityManager.persist(guardian);
    }

    void flush() {
        entityManager.flush();
    }
}
