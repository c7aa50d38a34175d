package org.tonghu.audit;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.tonghu.graphql.PageRequest;
import org.tonghu.security.Roles;

/** The audit trail, for auditors only. */
@GraphQLApi
@RolesAllowed(Roles.AUDITOR)
public class AuditGraphQL {

    private final AuditTrail trail;
    private final AuditChainVerifier verifier;

    AuditGraphQL(AuditTrail trail, AuditChainVerifier verifier) {
        this.trail = trail;
        this.verifier = verifier;
    }

    @Query("auditEvents")
    @Description("A page of audit events, oldest first, optionally only those naming a record id or of an operation.")
    public @NonNull AuditEventConnection auditEvents(
            @Name("recordId") @Description("Only events naming this record ID.") String recordId,
            @Name("operation") @Description("Only events of this operation, e.g. CHILD_READ.") String operation,
            @Name("first") @Description(PageRequest.FIRST_DESCRIPTION) Integer first,
            @Name("after") @Description(PageRequest.AFTER_DESCRIPTION) String after) {
        return trail.listEvents(recordId, operation, first, after);
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
