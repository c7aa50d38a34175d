package org.tonghu.audit;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tonghu.graphql.PageRequest;

/**
 * Reads the audit trail for auditors: pages of events in the chain's order, searched by record id or operation. Seals
 * first, so a page holds every event committed before the request.
 */
@ApplicationScoped
public class AuditTrail {

    static final String CURSOR_KIND = "audit";

    private final AuditStore store;
    private final AuditSealer sealer;

    AuditTrail(AuditStore store, AuditSealer sealer) {
        this.store = store;
        this.sealer = sealer;
    }

    /** A page of events, oldest first, optionally only those naming a record id or of an operation. */
    @Transactional
    public AuditEventConnection listEvents(String recordId, String operation, Integer first, String after) {
        PageRequest page = PageRequest.of(first, after, CURSOR_KIND);
        long afterSequence;
        try {
            afterSequence = page.afterKey().map(Long::parseLong).orElse(0L);
        } catch (NumberFormatException e) {
            throw PageRequest.invalidCursor();
        }
        sealer.sealCommitted(); // apart, before this transaction's first statement: its snapshot sees them sealed
        List<AuditEventView> rows = store.page(afterSequence, recordId, operation, page.fetchSize()).stream()
                .map(AuditEventView::of).toList();
        return page.toConnection(rows, CURSOR_KIND, AuditEventView::sequenceNumber, AuditEventEdge::new,
                AuditEventConnection::new);
    }

}
