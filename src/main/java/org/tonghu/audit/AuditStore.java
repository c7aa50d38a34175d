package org.tonghu.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.tonghu.persistence.NativeSql;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * The {@code audit_event} and {@code audit_seal_state} tables: appends events, seals committed ones into the chain,
 * pages the trail for auditors, reads the chain in chunks.
 */
@ApplicationScoped
class AuditStore implements PanacheRepositoryBase<AuditEvent, Long> {

    private final DataSource dataSource;

    AuditStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Up to {@code limit} events after a sequence number, oldest first, optionally only those naming a record id
     * (through the GIN index on {@code record_id_list}) or of an operation. Needs a transaction.
     */
    List<AuditEvent> page(long afterSequence, String recordId, String operation, int limit) {
        if (recordId != null) {
            // a generic plan of this prepared statement cannot know how rare the id is and may walk the whole trail
            // by sequence number instead of using the GIN index (3 s at a million events): plan each search anew
            NativeSql.of("set local plan_cache_mode = force_custom_plan").execute(getEntityManager());
        }
        return NativeSql.of("select e.* from audit_event e where e.sequence_number > :after")
                .bind("after", afterSequence)
                .andIf(recordId != null, "e.record_id_list @> array[cast(:recordId as text)]", "recordId", recordId)
                .andIf(operation != null, "e.operation = :operation", "operation", operation)
                .append(" order by e.sequence_number").limit(limit)
                .list(getEntityManager(), AuditEvent.class);
    }

    /**
     * Links up to {@code max} committed events not yet sealed into the chain ({@code audit_event_seal}), in a
     * transaction of its own on a connection of its own, and commits; returns how many, or -1 when another sealer is at
     * work and {@code wait} is false. Plain JDBC rather than Hibernate: a background job that needs no session (and
     * stays out of the statements a request's tests count). Call it outside any transaction.
     */
    int seal(int max, boolean wait) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement seal = connection.prepareStatement("select audit_event_seal(?, ?)")) {
                seal.setInt(1, max);
                seal.setBoolean(2, wait);
                int sealed;
                try (ResultSet rows = seal.executeQuery()) {
                    rows.next();
                    sealed = rows.getInt(1);
                }
                connection.commit();
                return sealed;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Sealing audit events failed (SQLSTATE " + e.getSQLState() + ")", e);
        }
    }

    /**
     * Where the chain ends as the sealer recorded it, up to where events were chained before V21 (their hash covers
     * their whole canonical text), and the highest sequence number present, read together.
     */
    record SealState(long lastSequenceNumber, String lastHash, long legacyLastSequenceNumber, long highestPresent) {
    }

    SealState sealState() {
        Object[] row = NativeSql.of("""
                select s.last_sequence_number, s.last_hash, s.legacy_last_sequence_number,
                       (select coalesce(max(e.sequence_number), 0) from audit_event e)
                from audit_seal_state s
                """).rows(getEntityManager()).get(0);
        return new SealState(((Number) row[0]).longValue(), ((String) row[1]).strip(), ((Number) row[2]).longValue(),
                ((Number) row[3]).longValue());
    }

    /**
     * One link of the chain as stored, with its hash recomputed by the database from the event's content (events
     * chained before V21: from their canonical text; later ones: from sequence number, content hash and previous hash)
     * and whether the event's content still matches its content hash (always, for events before V21).
     */
    record StoredLink(long sequenceNumber, String hash, String previousHash, String recomputedHash,
            boolean contentIntact) {
    }

    /** The links with sequence numbers in {@code (after, after + size]}, in order. */
    List<StoredLink> links(long after, int size, long legacyLastSequenceNumber) {
        return NativeSql.of("""
                select e.sequence_number, e.hash, e.previous_hash,
                       case when e.sequence_number <= :legacy
                            then encode(sha256(convert_to(audit_event_canonical(e), 'UTF8')), 'hex')
                            else audit_event_link_hash(e.sequence_number, e.content_hash, e.previous_hash)
                       end as recomputed,
                       coalesce(e.sequence_number <= :legacy or e.content_hash
                           = encode(sha256(convert_to(audit_event_content(e), 'UTF8')), 'hex'), false) as intact
                from audit_event e
                where e.sequence_number > :after and e.sequence_number <= :last
                order by e.sequence_number
                """).bind("after", after).bind("last", after + size).bind("legacy", legacyLastSequenceNumber)
                .rows(getEntityManager()).stream()
                .map(row -> new StoredLink(((Number) row[0]).longValue(), ((String) row[1]).strip(),
                        ((String) row[2]).strip(), (String) row[3], (Boolean) row[4]))
                .toList();
    }
}
