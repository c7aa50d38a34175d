package org.tonghu.audit;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.tonghu.graphql.PageRequest;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.security.Roles;

/** The audit trail, for auditors only. */
@GraphQLApi
@RolesAllowed(Roles.AUDITOR)
public class AuditGraphQL {

    static final String CURSOR_KIND = "audit";

    private final EntityManager entityManager;
    private final AuditChainVerifier verifier;

    AuditGraphQL(EntityManager entityManager, AuditChainVerifier verifier) {
        this.entityManager = entityManager;
        this.verifier = verifier;
    }

    @Query("auditEvents")
    @Description("A page of audit events, oldest first, optionally only those naming a record id or of an operation.")
    @Transactional(Transactional.TxType.SUPPORTS)
    public @NonNull AuditEventConnection auditEvents(@Name("recordId") String recordId,
            @Name("operation") String operation, @Name("first") Integer first, @Name("after") String after) {
        PageRequest page = PageRequest.of(first, after, CURSOR_KIND);
        long afterSequence;
        try {
            afterSequence = page.afterKey().map(Long::parseLong).orElse(0L);
        } catch (NumberFormatException e) {
            throw ValidationFailedException.of("after", PageRequest.INVALID_CURSOR, "after is not a cursor of this list.");
        }
        StringBuilder jpql = new StringBuilder("from AuditEvent e where e.sequenceNumber > :after");
        if (recordId != null) {
            jpql.append(" and concat(',', e.recordIds, ',') like :recordId");
        }
        if (operation != null) {
            jpql.append(" and e.operation = :operation");
        }
        var query = entityManager.createQuery(jpql.append(" order by e.sequenceNumber").toString(), AuditEvent.class)
                .setParameter("after", afterSequence).setMaxResults(page.fetchSize());
        if (recordId != null) {
            query.setParameter("recordId", "%," + recordId.replace("%", "").replace("_", "").replace(",", "") + ",%");
        }
        if (operation != null) {
            query.setParameter("operation", operation);
        }
        List<AuditEventView> rows = query.getResultList().stream().map(AuditEventView::of).toList();
        return page.toConnection(rows, CURSOR_KIND, AuditEventView::sequenceNumber, AuditEventEdge::new,
                AuditEventConnection::new);
    }

    @Query("auditChain")
    @Description("Verifies the hash chain of the whole audit trail and reports the first broken link.")
    public @NonNull AuditChainView auditChain() {
        AuditChainVerifier.Verification verification = verifier.verify();
        return new AuditChainView(String.valueOf(verification.eventsChecked()),
                verification.firstBrokenSequenceNumber().isEmpty(),
                verification.firstBrokenSequenceNumber().map(String::valueOf).orElse(null),
                verification.problem().orElse(null));
    }
}
