package org.tonghu.caregiverfollowup;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.tonghu.child.ChildScope;
import org.tonghu.graphql.ConflictException;
import org.tonghu.graphql.PageRequest;
import org.tonghu.persistence.NativeSql;
import org.tonghu.persistence.NativeSql.Keyset;
import org.tonghu.persistence.Writes;
import org.tonghu.security.AccessScope;

/** All SQL of caregiver follow-ups: the table {@code caregiver_follow_up}. */
@ApplicationScoped
class CaregiverFollowUpStore {

    /** The keyset of follow-up lists: the nearest deadline first, then id ("timestamp|uuid" cursors). */
    static final Keyset NEAREST_DEADLINE_FIRST = Keyset.timestampThenId("f.due_at", "f.id", Keyset.Order.ASCENDING);

    /** The most follow-ups of one child shown on the child, the latest opened first. */
    static final int MAX_PER_CHILD = 20;

    private final EntityManager entityManager;

    CaregiverFollowUpStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    Optional<CaregiverFollowUp> find(UUID id) {
        return Optional.ofNullable(entityManager.find(CaregiverFollowUp.class, id));
    }

    /**
     * Opens a follow-up of the child unless one is open: the partial unique index makes a second one, also from a
     * concurrent transaction (which waits for the first to commit), insert nothing. Returns the id if opened now.
     */
    Optional<UUID> openUnlessOpen(UUID id, UUID childId, UUID visitId, OffsetDateTime openedAt, String openedByName,
            OffsetDateTime dueAt) {
        return NativeSql.of("with opened as (insert into caregiver_follow_up (id, child_id, visit_id, status,"
                + " opened_at, opened_by_name, due_at) values (:id, :child, :visit, 'OPEN', :openedAt, :openedBy, :due)"
                + " on conflict (child_id) where status = 'OPEN' do nothing returning id) select id from opened")
                .bind("id", id).bind("child", childId).bind("visit", visitId).bind("openedAt", openedAt)
                .bind("openedBy", openedByName).bind("due", dueAt)
                .column(entityManager, UUID.class).stream().findFirst();
    }

    /** The latest {@link #MAX_PER_CHILD} follow-ups of each of these children, latest opened first; one query. */
    List<CaregiverFollowUp> listOfChildren(Collection<UUID> childIds) {
        return NativeSql.of("select f.* from (select f.*, row_number() over (partition by f.child_id"
                + " order by f.opened_at desc, f.id desc) as n from caregiver_follow_up f"
                + " where f.child_id in (:children)) f where f.n <= :max"
                + " order by f.child_id, f.opened_at desc, f.id desc")
                .bind("children", childIds).bind("max", MAX_PER_CHILD)
                .list(entityManager, CaregiverFollowUp.class);
    }

    /**
     * A page of the follow-ups in a status of the children in a jurisdiction (optionally under a region prefix), by
     * {@link #NEAREST_DEADLINE_FIRST}.
     */
    List<CaregiverFollowUp> pageInScope(AccessScope jurisdiction, CaregiverFollowUpStatus status, String regionPrefix,
            PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        String children = ChildScope.predicate("c", jurisdiction, parameters)
                + (regionPrefix == null ? "" : " and " + ChildScope.livesUnder("c", regionPrefix, parameters));
        return NativeSql.of("select f.* from caregiver_follow_up f join child c on c.id = f.child_id where " + children)
                .bindAll(parameters)
                .andIf(status != null, "f.status = :status", "status", status == null ? null : status.name())
                .keysetPage(page, NEAREST_DEADLINE_FIRST)
                .list(entityManager, CaregiverFollowUp.class);
    }

    /** An open follow-up whose deadline falls in {@code (from, to]}, with its child's village. */
    record Due(UUID id, OffsetDateTime dueAt, String villageCode) {
    }

    /** The open follow-ups due in {@code (from, to]}, by the partial index on the deadline; one query. */
    List<Due> listOpenDueBetween(OffsetDateTime from, OffsetDateTime to) {
        return NativeSql.of("select f.id, f.due_at, c.residence_village_code from caregiver_follow_up f"
                + " join child c on c.id = f.child_id where f.status = 'OPEN' and f.due_at > :from"
                + " and f.due_at <= :to order by f.due_at, f.id").bind("from", from).bind("to", to)
                .rows(entityManager).stream()
                .map(row -> new Due((UUID) row[0], toOffset(row[1]), (String) row[2])).toList();
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime moment) {
            return moment;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }

    void flushOrConflict(Supplier<ConflictException> conflict) {
        Writes.flushOrConflict(entityManager, conflict);
    }
}
