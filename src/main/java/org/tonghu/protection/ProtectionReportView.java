package org.tonghu.protection;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * A mandatory report as the graph shows it to one audience. Receivers and civil-affairs officers see everything; the
 * reporter alone sees what was reported, each receiver's status and outcome, but neither handling steps nor who
 * acknowledged.
 */
@Type("ProtectionReport")
@Description("A mandatory report (强制报告) of a child harmed or in danger, its receivers, handling and outcome.")
public record ProtectionReportView(
        @NonNull @Id @Description("The report's ID.") String id,
        @Id @Description("The registered child; null until a child described in the report is linked.") String childId,
        @Description("The child as the reporter described them, when not registered at filing (kept after a link).")
        UnregisteredChildView describedChild,
        @NonNull @Description("The child's county: whose bodies receive the report.") String countyCode,
        @NonNull @Description("What it is about.") ProtectionReportCategory category,
        @NonNull @Description("What was observed.") String observed,
        @NonNull OffsetDateTime discoveredAt,
        @NonNull @Description("Whether the child was in immediate danger; shortens the receivers' deadline to "
                + "acknowledge.") boolean immediateDanger,
        @Description("What was done on the spot.") String actionTaken,
        @NonNull OffsetDateTime filedAt,
        @Description("Who reported; shown to receivers and civil-affairs officers (and the reporter).")
        String reporterName,
        @Id @Description("The reporter's organization; shown to receivers and civil-affairs officers.")
        String reporterOrganizationId,
        @NonNull @Description("Where it stands over all its receivers.") ProtectionReportStatus status,
        @NonNull @Description("Some receiver has not acknowledged by its deadline.") boolean overdue,
        @NonNull @Description("One receipt per receiving body (police, civil affairs and education, as routed for "
                + "the child's county).") List<@NonNull ProtectionReportReceiptView> receipts,
        @Description("What the receivers did, in order; null for the reporter.")
        List<@NonNull ProtectionReportStepView> steps,
        @Description("Escalations of receipts not acknowledged in time; null for the reporter.")
        List<@NonNull ProtectionReportEscalationView> escalations,
        @Description("When the registered child was linked; null until linked.") OffsetDateTime linkedAt,
        @Description("Who linked the registered child; null until linked.") String linkedByName,
        @NonNull @Description("Pass as expectedVersion when linking a child.") int version) {
}
