package org.tonghu.rehabilitation;

import java.time.LocalDate;
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
import org.tonghu.persistence.NativeSql.Keyset;
import org.tonghu.persistence.SqlValues;
import org.tonghu.persistence.Writes;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The {@code rehabilitation_record} table. */
@ApplicationScoped
class RehabilitationStore implements PanacheRepositoryBase<RehabilitationRecord, UUID> {

    /** An organization's steps: the latest started first ("date|uuid" cursors). */
    static final Keyset LATEST_FIRST = Keyset.dateThenId("r.starts_on", "r.id", Keyset.Order.DESCENDING);
    /** A child's pathway: in order, the earliest started first ("date|uuid" cursors). */
    static final Keyset IN_ORDER = Keyset.dateThenId("r.starts_on", "r.id", Keyset.Order.ASCENDING);

    /** A page of an organization's steps of one status, or not finished when the status is null. */
    List<RehabilitationRecord> pageOfOrganization(UUID organization, RehabilitationStatus status,
            PageRequest page) {
        NativeSql sql = NativeSql.of("select r.* from rehabilitation_record r where r.organization_id = :org")
                .bind("org", organization);
        if (status == null) {
            sql.and("r.status in ('PLANNED', 'IN_PROGRESS')");
        } else {
            sql.and("r.status = :status", "status", status.name());
        }
        return sql.keysetPage(page, LATEST_FIRST).list(getEntityManager(), RehabilitationRecord.class);
    }

    /** A page of a child's pathway: every step, or only the organization's (none for a null organization). */
    List<RehabilitationRecord> pathwayOfChild(UUID childId, boolean every, UUID organization, PageRequest page) {
        return NativeSql.of("select r.* from rehabilitation_record r where r.child_id = :child").bind("child", childId)
                .andIf(!every, "r.organization_id = :org", "org", organization)
                .keysetPage(page, IN_ORDER).list(getEntityManager(), RehabilitationRecord.class);
    }

    /**
     * Rehabilitation services (any kind) started in {@code [from, through]} and under way or done (not merely planned)
     * for the children living under a region prefix, by the first {@code groupLength} digits of the child's village.
     * Counts only; one query.
     */
    Map<String, Integer> countStartedByRegion(String regionPrefix, int groupLength, LocalDate from,
            LocalDate through) {
        Map<String, Object> parameters = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        NativeSql.of("select substr(" + ChildScope.residenceVillage("c") + ", 1, :groupLength), count(*)"
                + " from rehabilitation_record r join child c on c.id = r.child_id where "
                + ChildScope.livesUnder("c", regionPrefix, parameters)
                + " and r.status <> 'PLANNED' and r.starts_on between :from and :through group by 1")
                .bindAll(parameters).bind("groupLength", groupLength).bind("from", from).bind("through", through)
                .rows(getEntityManager()).forEach(row -> counts.put((String) row[0], SqlValues.integer(row[1])));
        return counts;
    }

    /** Flushes pending changes; another writer's change since the read becomes {@code conflict}. */
    void flushOrConflict(Supplier<ConflictException> conflict) {
        Writes.flushOrConflict(getEntityManager(), conflict);
    }
}
