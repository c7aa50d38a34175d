package org.tonghu.audit;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Checks the audit trail's hash chain: every event's hash must match its content, link to the previous event's
 * hash, and follow it without a gap in the sequence. Reports the first broken link.
 */
@ApplicationScoped
public class AuditChainVerifier {

    private final EntityManager entityManager;

    AuditChainVerifier(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The outcome of a check: how many events were checked and the first broken one, if any. */
    public record Verification(long eventsChecked, Optional<Long> firstBrokenSequenceNumber, Optional<String> problem) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Verification verify() {
        List<Object[]> rows = entityManager.createNativeQuery("""
                select e.sequence_number, e.hash, e.previous_hash,
                       encode(sha256(convert_to(audit_event_canonical(e), 'UTF8')), 'hex') as recomputed
                from audit_event e
                order by e.sequence_number
                """).getResultList();
        long expectedSequence = 1;
        String expectedPrevious = "0".repeat(64);
        for (Object[] row : rows) {
            long sequence = ((Number) row[0]).longValue();
            String hash = ((String) row[1]).strip();
            String previous = ((String) row[2]).strip();
            String recomputed = (String) row[3];
            if (sequence != expectedSequence) {
                return broken(expectedSequence - 1, expectedSequence, "EVENT_MISSING");
            }
            if (!previous.equals(expectedPrevious)) {
                return broken(expectedSequence - 1, sequence, "LINK_BROKEN");
            }
            if (!hash.equals(recomputed)) {
                return broken(expectedSequence - 1, sequence, "CONTENT_CHANGED");
            }
            expectedPrevious = hash;
            expectedSequence++;
        }
        return new Verification(rows.size(), Optional.empty(), Optional.empty());
    }

    private static Verification broken(long checked, long sequence, String problem) {
        return new Verification(checked, Optional.of(sequence), Optional.of(problem));
    }
}
