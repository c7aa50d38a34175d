package org.tonghu.datasharing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.tonghu.graphql.ConflictException;
import org.tonghu.graphql.PageRequest;
import org.tonghu.persistence.NativeSql;
import org.tonghu.persistence.NativeSql.Keyset;
import org.tonghu.persistence.Writes;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The tables of data-sharing agreements: {@code data_sharing_agreement} and the request counters. */
@ApplicationScoped
class DataSharingStore implements PanacheRepositoryBase<DataSharingAgreement, UUID> {

    /** The keyset of the list: by client id ("client|uuid" cursors). */
    static final Keyset BY_CLIENT = Keyset.textThenId("a.client_id", "a.id");
    static final String ONE_IN_FORCE_INDEX = "data_sharing_agreement_one_in_force_idx";

    /** The requests counted in a client's current minute and day: the minute's, and the day's (0 if not counted). */
    record Usage(int minute, int day) {
    }

    /** The client's agreement in force, if any: one look-up through the partial unique index. */
    Optional<DataSharingAgreement> findInForce(String clientId) {
        return NativeSql.of("select a.* from data_sharing_agreement a where a.client_id = :client"
                + " and a.status = 'IN_FORCE'").bind("client", clientId)
                .list(getEntityManager(), DataSharingAgreement.class).stream().findFirst();
    }

    /** A page of agreements, by client id. */
    List<DataSharingAgreement> page(Optional<String> clientId, PageRequest page) {
        NativeSql sql = NativeSql.of("select a.* from data_sharing_agreement a where true");
        clientId.ifPresent(client -> sql.and("a.client_id = :client", "client", client));
        return sql.keysetPage(page, BY_CLIENT).list(getEntityManager(), DataSharingAgreement.class);
    }

    /**
     * Counts a request of a client in its minute and, while the minute is within its limit, in its day: one atomic
     * statement, so that concurrent requests on every instance count exactly. A request over the minute's limit is not
     * counted in the day (it does no work).
     */
    Usage count(String clientId, OffsetDateTime minute, OffsetDateTime day, int perMinute) {
        Object[] row = NativeSql.of("""
                with m as (
                    insert into data_sharing_usage as u (client_id, window_kind, window_start, requests)
                    values (:client, 'MINUTE', :minute, 1)
                    on conflict (client_id, window_kind, window_start) do update set requests = u.requests + 1
                    returning u.requests),
                d as (
                    insert into data_sharing_usage as u (client_id, window_kind, window_start, requests)
                    select :client, 'DAY', :day, 1 from m where m.requests <= :perMinute
                    on conflict (client_id, window_kind, window_start) do update set requests = u.requests + 1
                    returning u.requests)
                select (select requests from m), coalesce((select requests from d), 0)""")
                .bind("client", clientId).bind("minute", minute).bind("day", day).bind("perMinute", perMinute)
                .rows(getEntityManager()).get(0);
        return new Usage(((Number) row[0]).intValue(), ((Number) row[1]).intValue());
    }

    /** Forgets the counts of windows that began before a moment (old minutes and days). */
    int forgetUsageBefore(OffsetDateTime before) {
        return NativeSql.of("delete from data_sharing_usage where window_start < :before").bind("before", before)
                .execute(getEntityManager());
    }

    /** Flushes a new agreement, turning a concurrent second agreement in force of the client into the problem. */
    void flushOrAlreadyInForce(String field, String code, String message, Runnable recordRefusal) {
        Writes.flushOrProblem(getEntityManager(), ONE_IN_FORCE_INDEX, field, code, message, recordRefusal);
    }

    /** Flushes pending changes; another writer's change since the read becomes {@code conflict}. */
    void flushOrConflict(Supplier<ConflictException> conflict) {
        Writes.flushOrConflict(getEntityManager(), conflict);
    }
}
