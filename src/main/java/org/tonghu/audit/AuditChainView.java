package org.tonghu.audit;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The outcome of checking the audit trail's hash chain. */
@Type("AuditChainCheck")
@Description("The outcome of checking the audit trail's hash chain (审计链校验).")
public record AuditChainView(
        @NonNull @Description("Events verified before the first broken one (all, when intact).") String eventsChecked,
        @NonNull @Description("Whether every event verifies and links to the one before.") boolean intact,
        @Description("The sequence number of the first event that does not verify.") String firstBrokenSequenceNumber,
        @Description("EVENT_MISSING, LINK_BROKEN or CONTENT_CHANGED.") String problem) {
}
