package org.tonghu.protection;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A receipt escalated to the civil affairs of a level above the county. */
@Type("ProtectionReportEscalation")
@Description("A receipt not acknowledged in time, escalated to the civil affairs of the city, then of the province.")
public record ProtectionReportEscalationView(
        @NonNull @Id @Description("The receipt escalated.") String receiptId,
        @NonNull @Description("Whom it was escalated to.") EscalationLevel level,
        @NonNull @Description("The city or province escalated to.") String regionCode,
        @NonNull OffsetDateTime escalatedAt) {
}
