package org.tonghu.pairing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.tonghu.child.ChildScope;
import org.tonghu.graphql.ConflictException;
import org.tonghu.graphql.PageRequest;
import org.tonghu.persistence.NativeSql;
import org.tonghu.persistence.NativeSql.Keyset;
import org.tonghu.persistence.SqlValues;
import org.tonghu.persistence.Writes;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The {@code pairing} and {@code pairing_contact} tables. */
@ApplicationScoped
class PairingStore implements PanacheRepositoryBase<Pairing, UUID> {

    /** When the next check-in is due: the last check-in (or the start) plus the interval. */
    private static final String DUE_SQL = "(coalesce((select max(k.contacted_on) from pairing_contact k"
            + " where k.pairing_id = p.id), p.starts_on) + p.check_in_interval_days)";

    /** An organization's pairings: the most urgent check-in first ("date|uuid" cursors, the date the due date). */
    static final Keyset MOST_URGENT_FIRST = Keyset.dateThenId(DUE_SQL, "p.id", Keyset.Order.ASCENDING);
    /** A child's pairings: the latest started first ("date|uuid" cursors). */
    static final Keyset LATEST_STARTED_FIRST = Keyset.dateThenId("p.starts_on", "p.id", Keyset.Order.DESCENDING);

    /** What a list of an organization's pairings asks for beyond the organization and the status. */
    record Criteria(PairingKind kind, UUID volunteerId, LocalDate checkInOverdueOn) {
    }

    /** A page of an organization's pairings of a status, the most urgent check-in first. */
    List<Pairing> pageOfOrganization(UUID organization, PairingStatus status, Criteria criteria, PageRequest page) {
        return NativeSql.of("select p.* from pairing p where p.organization_id = :organization")
                .bind("organization", organization)
                .and("p.status = :status", "status", status.name())
                .andIf(criteria.kind() != null, "p.kind = :kind", "kind",
                        criteria.kind() == null ? null : criteria.kind().name())
                .andIf(criteria.volunteerId() != null, "p.volunteer_id = :volunteer", "volunteer",
                        criteria.volunteerId())
                .andIf(criteria.checkInOverdueOn() != null, "p.status = 'ACTIVE' and " + DUE_SQL + " < :today",
                        "today", criteria.checkInOverdueOn())
                .keysetPage(page, MOST_URGENT_FIRST).list(em(), Pairing.class);
    }

    /** A page of a child's pairings: every one, or only the organization's (none for a null organization). */
    List<Pairing> pageOfChild(UUID childId, boolean every, UUID organization, PageRequest page) {
        return NativeSql.of("select p.* from pairing p where p.child_id = :child").bind("child", childId)
                .andIf(!every, "p.organization_id = :organization", "organization", organization)
                .keysetPage(page, LATEST_STARTED_FIRST).list(em(), Pairing.class);
    }

    /** The latest check-ins of each pairing (up to {@code limit}), the latest first; one query. */
    List<PairingContact> latestContacts(Collection<UUID> pairingIds, int limit) {
        return NativeSql.of("""
                select c.* from (select c.*, row_number() over (partition by c.pairing_id
                                                               order by c.contacted_on desc, c.id desc) as position
                                 from pairing_contact c where c.pairing_id in (:ids)) c
                where c.position <= :limit order by c.contacted_on desc, c.id desc
                """).bind("ids", pairingIds).bind("limit", limit).list(em(), PairingContact.class);
    }

    /** The day of each pairing's last check-in, by pairing (none for a pairing without one); one query. */
    Map<UUID, LocalDate> lastContacts(Collection<UUID> pairingIds) {
        Map<UUID, LocalDate> lastContacts = new HashMap<>();
        NativeSql.of("select pairing_id, max(contacted_on) from pairing_contact where pairing_id in (:ids)"
                + " group by pairing_id").bind("ids", pairingIds).rows(em())
                .forEach(row -> lastContacts.put((UUID) row[0], SqlValues.date(row[1])));
        return lastContacts;
    }

    /** How many active pairings each of these volunteers holds, by volunteer (none for those without); one query. */
    Map<UUID, Integer> activePairingsOf(Collection<UUID> volunteerIds) {
        Map<UUID, Integer> counts = new HashMap<>();
        if (volunteerIds.isEmpty()) {
            return counts;
        }
        NativeSql.of("select volunteer_id, count(*) from pairing where volunteer_id in (:volunteers)"
                + " and status = 'ACTIVE' group by volunteer_id").bind("volunteers", volunteerIds).rows(em())
                .forEach(row -> counts.put((UUID) row[0], SqlValues.integer(row[1])));
        return counts;
    }

    /** Whether the child has an active pairing of this kind. */
    boolean hasActivePairingOfKind(UUID childId, PairingKind kind) {
        return !NativeSql.of("select 1 from pairing where child_id = :child and kind = :kind and status = 'ACTIVE'")
                .bind("child", childId).bind("kind", kind.name()).rows(em()).isEmpty();
    }

    /** An organization's active pairings in one county, and how many of them are overdue for a check-in. */
    record CountyCount(String countyCode, int activePairings, int checkInsOverdue) {
    }

    /**
     * An organization's active pairings by the county the child lives in, by county code: one statement however many
     * pairings, the child's village from {@link ChildScope#residenceVillage}.
     */
    List<CountyCount> activeByCounty(UUID organization, LocalDate today) {
        return NativeSql.of("""
                select rpad(substr(%s, 1, 6), 12, '0') as county, count(*),
                       count(*) filter (where %s < :today)
                from pairing p join child c on c.id = p.child_id
                where p.organization_id = :organization and p.status = 'ACTIVE'
                group by county order by county
                """.formatted(ChildScope.residenceVillage("c"), DUE_SQL))
                .bind("organization", organization).bind("today", today).rows(em())
                .stream().map(row -> new CountyCount((String) row[0], SqlValues.integer(row[1]),
                        SqlValues.integer(row[2]))).toList();
    }

    /**
     * Pairings active at the end of a day (started by then, not ended before it) of the children living under a region
     * prefix, by the first {@code groupLength} digits of the child's village. Counts only; one query.
     */
    Map<String, Integer> countActiveByRegion(String regionPrefix, int groupLength, LocalDate on) {
        Map<String, Object> parameters = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        NativeSql.of("select substr(" + ChildScope.residenceVillage("c") + ", 1, :groupLength), count(*)"
                + " from pairing p join child c on c.id = p.child_id where " + ChildScope.livesUnder("c", regionPrefix,
                parameters) + " and p.starts_on <= :on and (p.ended_on is null or p.ended_on > :on) group by 1")
                .bindAll(parameters).bind("groupLength", groupLength).bind("on", on).rows(em())
                .forEach(row -> counts.put((String) row[0], SqlValues.integer(row[1])));
        return counts;
    }

    /** {@link #countCheckIns} by region: the first {@code groupLength} digits of the child's village. One query. */
    Map<String, Integer> countCheckInsByRegion(String regionPrefix, int groupLength, LocalDate from,
            LocalDate through) {
        Map<String, Object> parameters = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        NativeSql.of("select substr(" + ChildScope.residenceVillage("c") + ", 1, :groupLength), count(*)"
                + " from pairing_contact k join pairing p on p.id = k.pairing_id join child c on c.id = p.child_id"
                + " where " + ChildScope.livesUnder("c", regionPrefix, parameters)
                + " and k.contacted_on between :from and :through group by 1")
                .bindAll(parameters).bind("groupLength", groupLength).bind("from", from).bind("through", through)
                .rows(em()).forEach(row -> counts.put((String) row[0], SqlValues.integer(row[1])));
        return counts;
    }

    long countCheckIns(String regionPrefix, LocalDate from, LocalDate through) {
        Map<String, Object> parameters = new HashMap<>();
        return NativeSql.of("select count(*) from pairing_contact k"
                + " join pairing p on p.id = k.pairing_id join child c on c.id = p.child_id where "
                + ChildScope.livesUnder("c", regionPrefix, parameters)
                + " and k.contacted_on between :from and :through")
                .bindAll(parameters).bind("from", from).bind("through", through).column(em(), Long.class).get(0);
    }

    /** Flushes pending changes; another writer's change since the read becomes {@code conflict}. */
    void flushOrConflict(Supplier<ConflictException> conflict) {
        Writes.flushOrConflict(em(), conflict);
    }

    /** Flushes a new pairing, turning a concurrent second active pairing of its kind into the check's problem. */
    void flushOrAlreadyPaired(String field, String code, String message, Runnable recordRefusal) {
        Writes.flushOrProblem(em(), "pairing_one_active_per_kind_idx", field, code, message, recordRefusal);
    }

    /** Stores a check-in. */
    void persistContact(PairingContact contact) {
        em().persist(contact);
        em().flush();
    }

    private EntityManager em() {
        return getEntityManager();
    }
}
