package org.tonghu.audit;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Checks the audit trail's hash chain: every event's hash must match its content, link to the previous event's
 * hash, and follow it without a gap in the sequence, and the chain must end where the sealer recorded its end. Reports
 * the first broken link. Seals the events committed before the check first ({@link AuditSealer}), so a changed event
 * not yet sealed is found too (by its content hash). Reads the trail in chunks of {@value #CHUNK} events by sequence
 * number (each an index range scan), so its memory stays the same whatever the trail's length; its time grows
 * linearly (deploy/bench/results/audit-chain.md).
 *
 * <p>What it cannot find: an event removed between its commit and its sealing (about a second) by someone who
 * bypasses the database's triggers leaves no gap, since insertion ids have gaps anyway (rolled-back transactions);
 * and, as with any hash chain kept in the same database, a rewrite of the chain's hashes from some event onwards
 * together with the seal state.
 */
@ApplicationScoped
public class AuditChainVerifier {

    static final int CHUNK = 10_000;
    private static final String GENESIS = "0".repeat(64);

    private final AuditStore store;
    private final AuditSealer sealer;
    private final int chunk;

    @Inject
    AuditChainVerifier(AuditStore store, AuditSealer sealer) {
        this(store, sealer, CHUNK);
    }

    /** A verifier reading {@code chunk} events at a time (tests check the chunks' seams with small ones). */
    AuditChainVerifier(AuditStore store, AuditSealer sealer, int chunk) {
        this.store = store;
        this.sealer = sealer;
        this.chunk = chunk;
    }

    /** The outcome of a check: how many events were checked and the first broken one, if any. */
    public record Verification(long eventsChecked, Optional<Long> firstBrokenSequenceNumber, Optional<String> problem) {
    }

    /**
     * Checks the events committed when the check starts, after sealing them; events committed meanwhile are left to
     * the next check.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Verification verify() {
        sealer.sealCommitted();
        AuditStore.SealState state = store.sealState();
        long last = state.lastSequenceNumber();
        long checked = 0;
        String expectedPrevious = GENESIS;
        while (checked < last) {
            List<AuditStore.StoredLink> links = store.links(checked, (int) Math.min(chunk, last - checked),
                    state.legacyLastSequenceNumber());
            for (AuditStore.StoredLink link : links) {
                long expectedSequence = checked + 1;
                if (link.sequenceNumber() != expectedSequence) {
                    return broken(checked, expectedSequence, "EVENT_MISSING");
                }
                if (!link.previousHash().equals(expectedPrevious)) {
                    return broken(checked, link.sequenceNumber(), "LINK_BROKEN");
                }
                if (!link.contentIntact() || !link.hash().equals(link.recomputedHash())) {
                    return broken(checked, link.sequenceNumber(), "CONTENT_CHANGED");
                }
                expectedPrevious = link.hash();
                checked++;
            }
            if (links.isEmpty()) {
                return broken(checked, checked + 1, "EVENT_MISSING");
            }
        }
        if (!expectedPrevious.equals(state.lastHash())) {
            // the last event is not the one the sealer chained last: changed with its hashes recomputed
            return broken(Math.max(0, checked - 1), last, "LINK_BROKEN");
        }
        if (state.highestPresent() > last) {
            // events chained beyond the end the sealer recorded: not by the sealer
            return broken(checked, last + 1, "LINK_BROKEN");
        }
        return new Verification(checked, Optional.empty(), Optional.empty());
    }

    private static Verification broken(long checked, long sequence, String problem) {
        return new Verification(checked, Optional.of(sequence), Optional.of(problem));
    }
}
