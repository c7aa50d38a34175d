package org.tonghu.protection;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One receiving organization of a report and where it stands. */
@Type("ProtectionReportReceipt")
@Description("One receiving body's copy of a mandatory report, with its deadline and how it handled it.")
public record ProtectionReportReceiptView(
        @NonNull @Id @Description("The receipt's ID.") String id,
        @NonNull @Id @Description("The receiving organization.") String organizationId,
        @NonNull @Description("What kind of body receives it.") ReceiverKind receiverKind,
        @NonNull @Description("Where this receiver stands.") ReceiptStatus status,
        @NonNull @Description("When the receiver must have acknowledged.") OffsetDateTime acknowledgeBy,
        @NonNull @Description("Still open after acknowledgeBy.") boolean overdue,
        OffsetDateTime acknowledgedAt,
        @Description("Null for the reporter.") String acknowledgedByName,
        @Description("The receiver's outcome, which goes back to the reporter.") String outcome,
        OffsetDateTime closedAt,
        @Description("Null for the reporter.") String closedByName,
        @NonNull @Description("Pass as expectedVersion when acknowledging or closing.") int version) {
}
