package org.tonghu.guardian;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.tonghu.child.ChildScope;
import org.tonghu.graphql.ConflictException;
import org.tonghu.graphql.PageRequest;
import org.tonghu.persistence.NativeSql;
import org.tonghu.persistence.Writes;
import org.tonghu.security.AccessScope;
import org.tonghu.validation.TextRules;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * The {@code guardian} and {@code child_guardian} tables: guardians and their links to children. Each method is one
 * statement; which children are in the caller's scope comes from {@link ChildScope}, composed.
 */
@ApplicationScoped
class GuardianStore implements PanacheRepositoryBase<Guardian, UUID> {

    /** The order of the guardians' list, and its cursors: "name|id". */
    static final NativeSql.Keyset BY_NAME = NativeSql.Keyset.textThenId("g.name", "g.id");

    /** A guardian's link to a child. */
    record Link(UUID childId, UUID guardianId, GuardianRelationship relationship, boolean legalGuardian,
            boolean entrustedCaregiver) {
    }

    List<Guardian> listByIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return list("id in ?1", ids);
    }

    /**
     * A page of the guardians in the scope (registered under its regional prefix, or linked to a child in it),
     * optionally under a region and by part of the name, ordered by name then id ({@link #BY_NAME}).
     */
    List<Guardian> listInScope(AccessScope scope, String regionPrefix, String nameContains, PageRequest page) {
        Map<String, Object> scopeParameters = new HashMap<>();
        NativeSql sql = NativeSql.of("select g.* from guardian g where (");
        scope.regionPrefix().ifPresent(prefix -> sql.append("g.region_code like :guardianPrefix or ")
                .bind("guardianPrefix", prefix + "%"));
        sql.append("exists (select 1 from child_guardian cg join child c on c.id = cg.child_id"
                + " where cg.guardian_id = g.id and " + ChildScope.predicate("c", scope, scopeParameters) + "))")
                .bindAll(scopeParameters);
        if (regionPrefix != null) {
            sql.and("g.region_code like :regionPrefix", "regionPrefix", regionPrefix + "%");
        }
        if (nameContains != null) {
            sql.and("g.name like :name escape '\\'", "name", "%" + TextRules.escapeLike(nameContains) + "%");
        }
        return sql.keysetPage(page, BY_NAME).list(getEntityManager(), Guardian.class);
    }

    /** The guardians of these children, one row per link with the guardian's name, by name then id; one query. */
    List<GuardianService.GuardianOfChild> guardiansOfChildren(Collection<UUID> childIds) {
        if (childIds.isEmpty()) {
            return List.of();
        }
        return NativeSql.of("""
                select l.child_id, g.id, g.name, l.relationship
                from child_guardian l join guardian g on g.id = l.guardian_id
                where l.child_id in (:ids) order by g.name, g.id
                """).bind("ids", childIds).rows(getEntityManager()).stream()
                .map(row -> new GuardianService.GuardianOfChild((UUID) row[0], (UUID) row[1], (String) row[2],
                        GuardianRelationship.valueOf((String) row[3])))
                .toList();
    }

    List<Link> linksOfChildren(Collection<UUID> childIds) {
        return links("child_id", childIds);
    }

    List<Link> linksOfGuardians(Collection<UUID> guardianIds) {
        return links("guardian_id", guardianIds);
    }

    private List<Link> links(String column, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return NativeSql.of("select child_id, guardian_id, relationship, legal_guardian, entrusted_caregiver"
                + " from child_guardian where " + column + " in (:ids) order by child_id, guardian_id")
                .bind("ids", ids).rows(getEntityManager()).stream()
                .map(row -> new Link((UUID) row[0], (UUID) row[1], GuardianRelationship.valueOf((String) row[2]),
                        (Boolean) row[3], (Boolean) row[4]))
                .toList();
    }

    /** Links a guardian to a child, or updates an existing link's relationship. */
    void link(Link link) {
        NativeSql.of("""
                insert into child_guardian (child_id, guardian_id, relationship, legal_guardian, entrusted_caregiver)
                values (:child, :guardian, :relationship, :legal, :entrusted)
                on conflict (child_id, guardian_id) do update set relationship = excluded.relationship,
                    legal_guardian = excluded.legal_guardian, entrusted_caregiver = excluded.entrusted_caregiver
                """).bind("child", link.childId()).bind("guardian", link.guardianId())
                .bind("relationship", link.relationship().name()).bind("legal", link.legalGuardian())
                .bind("entrusted", link.entrustedCaregiver()).execute(getEntityManager());
    }

    /** Makes one linked guardian the child's entrusted caregiver and no other; touches only the rows that change. */
    void entrustCare(UUID childId, UUID guardianId) {
        NativeSql.of("""
                update child_guardian set entrusted_caregiver = (guardian_id = :guardian)
                where child_id = :child and entrusted_caregiver <> (guardian_id = :guardian)
                """).bind("child", childId).bind("guardian", guardianId).execute(getEntityManager());
    }

    /** Removes a link; whether there was one. */
    boolean unlink(UUID childId, UUID guardianId) {
        return NativeSql.of("delete from child_guardian where child_id = :child and guardian_id = :guardian")
                .bind("child", childId).bind("guardian", guardianId).execute(getEntityManager()) > 0;
    }

    /**
     * Flushes pending changes; another writer's change since the guardian was read becomes the {@code CONFLICT} that
     * {@code conflict} records and returns.
     */
    void flushOrConflict(Supplier<ConflictException> conflict) {
        Writes.flushOrConflict(getEntityManager(), conflict);
    }

    /** The open files under a region with no guardian recorded. One statement. */
    List<UUID> openFilesWithoutGuardian(String regionPrefix) {
        Map<String, Object> parameters = new HashMap<>();
        return NativeSql.of("select c.id from child c where " + ChildScope.livesUnder("c", regionPrefix, parameters)
                + " and " + ChildScope.fileOpen("c")
                + " and not exists (select 1 from child_guardian g where g.child_id = c.id)")
                .bindAll(parameters).column(getEntityManager(), UUID.class);
    }
}
