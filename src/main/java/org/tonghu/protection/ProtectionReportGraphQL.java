package org.tonghu.protection;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.tonghu.child.ChildService;
import org.tonghu.child.ChildView;
import org.tonghu.graphql.ConflictException;
import org.tonghu.graphql.PageRequest;
import org.tonghu.idempotency.Idempotent;
import org.tonghu.organization.OrganizationService;
import org.tonghu.organization.OrganizationView;
import org.tonghu.security.Roles;

/** Mandatory reports: translates between GraphQL and {@link ProtectionReportService}. */
@GraphQLApi
@RolesAllowed({ Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER, Roles.TOWNSHIP_SUPERVISOR,
        Roles.VILLAGE_DIRECTOR, Roles.PARTNER_STAFF })
public class ProtectionReportGraphQL {

    private final ProtectionReportService reports;
    private final ChildService children;
    private final OrganizationService organizations;

    ProtectionReportGraphQL(ProtectionReportService reports, ChildService children,
            OrganizationService organizations) {
        this.reports = reports;
        this.children = children;
        this.organizations = organizations;
    }

    @Query("protectionReport")
    @Description("A mandatory report you filed, received, or oversee as a civil-affairs officer of its county or "
            + "above.")
    public @NonNull ProtectionReportView protectionReport(
            @Name("id") @Description("The report's ID.") @NonNull @Id String id) {
        return reports.findReport(id);
    }

    @Query("protectionReports")
    @Description("A page of the mandatory reports you filed, must handle, or see overdue, the latest filed first.")
    public @NonNull ProtectionReportConnection protectionReports(
            @Name("filter") @Description("Which list.") @NonNull ProtectionReportFilter filter,
            @Name("first") @Description(PageRequest.FIRST_DESCRIPTION) Integer first,
            @Name("after") @Description(PageRequest.AFTER_DESCRIPTION) String after) {
        return reports.listReports(filter, first, after);
    }

    @Query("protectionReportRoutes")
    @RolesAllowed({ Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER })
    @Description("A page of the routes of mandatory reports that concern your jurisdiction (its regions' and those "
            + "above it), by region code then receiver kind. Where no route is set, a county's reports go to its "
            + "organizations of each kind.")
    public @NonNull ReportRouteConnection protectionReportRoutes(
            @Name("first") @Description(PageRequest.FIRST_DESCRIPTION) Integer first,
            @Name("after") @Description(PageRequest.AFTER_DESCRIPTION) String after) {
        return reports.listRoutes(first, after);
    }

    @Mutation("fileProtectionReport")
    @Idempotent
    @Description("Files a mandatory report about a child you work with or a child you describe. It goes at once to the "
            + "public security, civil affairs and education bodies of the child's county, each of which must "
            + "acknowledge it in time.")
    public @NonNull ProtectionReportView fileProtectionReport(
            @Name("input") @Description("The report.") @NonNull ProtectionReportInput input) {
        return reports.fileReport(input);
    }

    @Mutation("acknowledgeProtectionReport")
    @Description("Acknowledges your organization's receipt of a report (civil-affairs officers: the civil-affairs "
            + "receipt of a county in their jurisdiction).")
    public @NonNull ProtectionReportView acknowledgeProtectionReport(
            @Name("receiptId") @Description("Your organization's receipt of the report.") @NonNull @Id String receiptId,
            @Name("expectedVersion") @NonNull @Description(ConflictException.EXPECTED_VERSION) int expectedVersion) {
        return reports.acknowledgeReport(receiptId, expectedVersion);
    }

    @Mutation("addProtectionReportStep")
    @Idempotent
    @Description("Records a step taken on a report you received or oversee.")
    public @NonNull ProtectionReportView addProtectionReportStep(
            @Name("reportId") @Description("The report's ID.") @NonNull @Id String reportId,
            @Name("input") @Description("What was done.") @NonNull ProtectionReportStepInput input) {
        return reports.addStep(reportId, input);
    }

    @Mutation("closeProtectionReport")
    @Description("Closes your organization's receipt of a report with its outcome, which goes back to the reporter.")
    public @NonNull ProtectionReportView closeProtectionReport(
            @Name("receiptId") @Description("Your organization's receipt of the report.") @NonNull @Id String receiptId,
            @Name("expectedVersion") @NonNull @Description(ConflictException.EXPECTED_VERSION) int expectedVersion,
            @Name("outcome") @Description("The outcome (up to 1000 characters); it goes back to the reporter.")
            @NonNull String outcome) {
        return reports.closeReport(receiptId, expectedVersion, outcome);
    }

    @Mutation("linkProtectionReportChild")
    @Description("Links the child a report described to the registered child; the description stays in the report.")
    public @NonNull ProtectionReportView linkProtectionReportChild(
            @Name("reportId") @Description("The report's ID.") @NonNull @Id String reportId,
            @Name("expectedVersion") @NonNull @Description(ConflictException.EXPECTED_VERSION) int expectedVersion,
            @Name("childId") @Description("The registered child the report describes.") @NonNull @Id String childId) {
        return reports.linkChild(reportId, expectedVersion, childId);
    }

    @Mutation("setProtectionReportRoute")
    @RolesAllowed(Roles.PROVINCE_OFFICER)
    @Description("Sets which organization receives the mandatory reports of a county, a city or the province for one "
            + "kind of receiver (province civil-affairs officers).")
    public @NonNull ReportRouteView setProtectionReportRoute(
            @Name("regionCode") @Description("A county, a city or the province.") @NonNull String regionCode,
            @Name("receiverKind") @Description("Which kind of receiver.") @NonNull ReceiverKind receiverKind,
            @Name("organizationId") @Description("The organization that receives; of that kind.")
            @NonNull @Id String organizationId) {
        return reports.setRoute(regionCode, receiverKind, organizationId);
    }

    @Description("The registered child, as your role may see them (null when you do not reach the child).")
    public List<ChildView> child(@Source List<ProtectionReportView> sources) {
        Set<UUID> ids = sources.stream().map(ProtectionReportView::childId).filter(Objects::nonNull)
                .map(UUID::fromString).collect(Collectors.toSet());
        Map<String, ChildView> found = ids.isEmpty() ? Map.of() : children.findChildrenInScope(ids);
        return sources.stream().map(report -> report.childId() == null ? null : found.get(report.childId())).toList();
    }

    @Description("The receiving organization.")
    public List<OrganizationView> organization(@Source List<ProtectionReportReceiptView> sources) {
        Map<UUID, OrganizationView> found = organizations.findOrganizations(sources.stream()
                .map(receipt -> UUID.fromString(receipt.organizationId())).collect(Collectors.toSet()));
        return sources.stream().map(receipt -> found.get(UUID.fromString(receipt.organizationId()))).toList();
    }
}
