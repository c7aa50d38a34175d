package org.tonghu.audit;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Checks the audit trail's hash chain: every event's hash must match its content, link to the previous event's
 * hash, and follow it without a gap in the sequence. Reports the first broken link. Reads the trail in chunks of
 * {@value #CHUNK} events by sequence number (each an index range scan), so its memory stays the same whatever the
 * trail's length; its time grows linearly (deploy/bench/results/audit-chain.md).
 */
@ApplicationScoped
public class AuditChainVerifier {

    static final int CHUNK = 10_000;
    private static final String GENESIS = "0".repeat(64);

    private final AuditStore store;
    private final int chunk;

    @Inject
    AuditChainVerifier(AuditStore store) {
        this(store, CHUNK);
    }

    /** A verifier reading {@code chunk} events at a time (tests check the chunks' seams with small ones). */
    AuditChainVerifier(AuditStore store, int chunk) {
        this.store = store;
        this.chunk = chunk;
    }

    /** The outcome of a check: how many events were checked and the first broken one, if any. */
    public record Verification(long eventsChecked, Optional<Long> firstBrokenSequenceNumber, Optional<String> problem) {
    }

    /** Checks the events present when the check starts; events appended meanwhile are left to the next check. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Verification verify() {
        long last = store.lastSequenceNumber();
        long checked = 0;
        String expectedPrevious = GENESIS;
        while (checked < last) {
            List<AuditStore.StoredLink> links = store.links(checked, (int) Math.min(chunk, last - checked));
            for (AuditStore.StoredLink link : links) {
                long expectedSequence = checked + 1;
                if (link.sequenceNumber() != expectedSequence) {
                    return broken(checked, expectedSequence, "EVENT_MISSING");
                }
                if (!link.previousHash().equals(expectedPrevious)) {
                    return broken(checked, link.sequenceNumber(), "LINK_BROKEN");
                }
                if (!link.hash().equals(link.recomputedHash())) {
                    return broken(checked, link.sequenceNumber(), "CONTENT_CHANGED");
                }
                expectedPrevious = link.hash();
                checked++;
            }
            if (links.isEmpty()) {
                return broken(checked, checked + 1, "EVENT_MISSING");
            }
        }
        return new Verification(checked, Optional.empty(), Optional.empty());
    }

    private static Verification broken(long checked, long sequence, String problem) {
        return new Verification(checked, Optional.of(sequence), Optional.of(problem));
    }
}
