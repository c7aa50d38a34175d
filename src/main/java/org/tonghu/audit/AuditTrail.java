package org.tonghu.audit;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tonghu.graphql.PageRequest;
import org.tonghu.graphql.ValidationFailedException;

/** Reads the audit trail for auditors: pages of events, searched by record id or operation. */
@ApplicationScoped
public class AuditTrail {

    static final String CURSOR_KIND = "audit";

    private final AuditStore store;

    AuditTrail(AuditStore store) {
        this.store = store;
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
        List<AuditEventView> rows = store.page(afterSequence, recordId, operation, page.fetchSize()).stream()
                .map(AuditEventView::of).toList();
        return page.toConnection(rows, CURSOR_KIND, AuditEventView::sequenceNumber, AuditEventEdge::new,
                AuditEventConnection::new);
    }
}
