package org.tonghu.audit;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.tonghu.persistence.NativeSql;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The {@code audit_event} table: appends events, pages the trail for auditors, reads the chain in chunks. */
@ApplicationScoped
class AuditStore implements PanacheRepositoryBase<AuditEvent, Long> {

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

    /** One link of the chain as stored, with the hash recomputed from the event's content by the database. */
    record StoredLink(long sequenceNumber, String hash, String previousHash, String recomputedHash) {
    }

    /** The links with sequence numbers in {@code (after, after + size]}, in order. */
    List<StoredLink> links(long after, int size) {
        return NativeSql.of("""
                select e.sequence_number, e.hash, e.previous_hash,
                       encode(sha256(convert_to(audit_event_canonical(e), 'UTF8')), 'hex') as recomputed
                from audit_event e
                where e.sequence_number > :after and e.sequence_number <= :last
                order by e.sequence_number
                """).bind("after", after).bind("last", after + size).rows(getEntityManager()).stream()
                .map(row -> new StoredLink(((Number) row[0]).longValue(), ((String) row[1]).strip(),
                        ((String) row[2]).strip(), (String) row[3]))
                .toList();
    }

    /** The highest sequence number in the trail; 0 when it is empty. */
    long lastSequenceNumber() {
        return NativeSql.of("select coalesce(max(sequence_number), 0) from audit_event").column(getEntityManager(),
                Long.class).get(0);
    }
}
