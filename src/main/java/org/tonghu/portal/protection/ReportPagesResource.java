package org.tonghu.portal.protection;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.tonghu.child.ChildFilter;
import org.tonghu.child.ChildNotFoundException;
import org.tonghu.child.ChildService;
import org.tonghu.child.ChildView;
import org.tonghu.graphql.ConflictException;
import org.tonghu.graphql.NotFoundException;
import org.tonghu.graphql.Problem;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.organization.OrganizationService;
import org.tonghu.organization.OrganizationView;
import org.tonghu.portal.FormValues;
import org.tonghu.portal.PortalLocale;
import org.tonghu.portal.PortalResponses;
import org.tonghu.protection.ProtectionReportConnection;
import org.tonghu.protection.ProtectionReportFilter;
import org.tonghu.protection.ProtectionReportList;
import org.tonghu.protection.ProtectionReportReceiptView;
import org.tonghu.protection.ProtectionReportService;
import org.tonghu.protection.ProtectionReportStatus;
import org.tonghu.protection.ProtectionReportStepInput;
import org.tonghu.protection.ProtectionReportView;
import org.tonghu.protection.ReceiverKind;
import org.tonghu.region.RegionService;
import org.tonghu.region.RegionView;
import org.tonghu.security.CurrentUser;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * Mandatory reports in the portal: the reporter's own list (status and outcomes only), the receivers' queue (overdue
 * first), and a report's page, where a receiver acknowledges, records handling steps and closes with the outcome that
 * goes back to the reporter. A report about a child who was not registered is linked here to the registered child,
 * once found by name in the report's county. Through the same service as the API: audience, scope and audit are the
 * service's; an answer on a stale page shows the conflict and changes nothing.
 */
@Path("/portal/reports")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ReportPagesResource {

    static final int PAGE_SIZE = 20;
    static final int CANDIDATES = 10;

    @CheckedTemplate(basePath = "portal/protection")
    static class Templates {
        static native TemplateInstance reports(List<ReportCard> cards, ProtectionReportConnection page,
                Map<String, String> organizationNames);

        static native TemplateInstance reportsFiled(List<ReportCard> cards, ProtectionReportConnection page,
                Map<String, String> organizationNames, long total, String region, int year);

        static native TemplateInstance queue(List<ReportCard> overdue, List<ReportCard> toHandle,
                ProtectionReportConnection page, Map<String, String> organizationNames);

        static native TemplateInstance report(ReportCard card, Map<String, String> organizationNames,
                Map<String, String> placeNames, Set<String> answerable, boolean filed, boolean saved,
                boolean conflict, AnswerForm form, List<Problem> problems, ChildLink link);
    }

    /** What a report page's forms post, kept to show again with the errors. */
    public record AnswerForm(String stepDescription, String outcome) {
    }

    /**
     * The child picker of a report about a child not registered when it was filed: offered to those who see the whole
     * report (receivers, civil-affairs officers above them), with the children of the report's county whose name
     * contains what was searched (at first, the name the reporter gave). Linking itself is the service's decision: the
     * caller must also reach the child.
     */
    public record ChildLink(boolean offered, String searchedName, String suggestedName, List<ChildView> candidates) {
        static final ChildLink NONE = new ChildLink(false, null, null, List.of());

        static ChildLink offer(ProtectionReportView report, String searchedName, List<ChildView> candidates) {
            return new ChildLink(true, searchedName,
                    report.describedChild() == null ? null : report.describedChild().name(), candidates);
        }
    }

    private final ProtectionReportService reports;
    private final ChildService children;
    private final OrganizationService organizations;
    private final RegionService regions;
    private final CurrentUser currentUser;

    ReportPagesResource(ProtectionReportService reports, ChildService children, OrganizationService organizations,
            RegionService regions, CurrentUser currentUser) {
        this.reports = reports;
        this.children = children;
        this.organizations = organizations;
        this.regions = regions;
        this.currentUser = currentUser;
    }

    /**
     * "我的报告": the reports the signed-in person filed, the latest first, with each receiver's status and outcome;
     * with {@code region} and {@code year}, the list behind the annual progress report's figure for civil-affairs
     * officers: the reports about the region's children filed that year (another region or year is 404).
     */
    @GET
    public Response mine(@QueryParam("region") String region, @QueryParam("year") String year,
            @QueryParam("after") String after, @Context HttpHeaders headers) {
        Locale locale = PortalLocale.of(headers);
        if (!FormValues.blank(region) || !FormValues.blank(year)) {
            return filedInYear(region, year, after, locale);
        }
        ProtectionReportConnection page = page(ProtectionReportList.FILED_BY_ME, after);
        List<ProtectionReportView> shown = nodes(page);
        return Response.ok(Templates.reports(cards(shown), page, organizationNames(shown)).setLocale(locale)).build();
    }

    private Response filedInYear(String region, String year, String after, Locale locale) {
        if (FormValues.blank(region) || year == null || !year.strip().matches("\\d{4}")) {
            return PortalResponses.notFound(locale);
        }
        try {
            ProtectionReportService.CountedReports counted = reports.listReportsFiled(region.strip(),
                    Integer.parseInt(year.strip()), PAGE_SIZE, FormValues.blank(after) ? null : after);
            List<ProtectionReportView> shown = nodes(counted.reports());
            return Response.ok(Templates.reportsFiled(cards(shown), counted.reports(), organizationNames(shown),
                    counted.total(), region.strip(), Integer.parseInt(year.strip())).setLocale(locale)).build();
        } catch (ValidationFailedException e) {
            return PortalResponses.notFound(locale);
        }
    }

    /**
     * The receivers' queue: the reports overdue for acknowledgment first, then those the caller's organization must
     * still acknowledge or close (for civil-affairs officers above a county also those escalated to them).
     */
    @GET
    @Path("queue")
    public TemplateInstance queue(@QueryParam("after") String after, @Context HttpHeaders headers) {
        List<ProtectionReportView> overdue = nodes(reports.listReports(
                new ProtectionReportFilter(ProtectionReportList.OVERDUE), PAGE_SIZE, null));
        Set<String> overdueIds = overdue.stream().map(ProtectionReportView::id).collect(Collectors.toSet());
        ProtectionReportConnection page = page(ProtectionReportList.TO_HANDLE, after);
        List<ProtectionReportView> toHandle = nodes(page).stream().filter(report -> !overdueIds.contains(report.id()))
                .sorted(Comparator.comparing((ProtectionReportView report) -> !report.overdue())
                        .thenComparing(report -> report.status() != ProtectionReportStatus.OPEN))
                .toList();
        List<ProtectionReportView> shown = Stream.concat(overdue.stream(), toHandle.stream()).toList();
        Map<String, ReportCard> cards = cards(shown).stream()
                .collect(Collectors.toMap(card -> card.report().id(), card -> card, (a, b) -> a));
        return Templates.queue(overdue.stream().map(r -> cards.get(r.id())).toList(),
                toHandle.stream().map(r -> cards.get(r.id())).toList(), page, organizationNames(shown))
                .setLocale(PortalLocale.of(headers));
    }

    @GET
    @Path("{reportId}")
    public Response report(@PathParam("reportId") String reportId, @QueryParam("filed") String filed,
            @QueryParam("saved") String saved, @QueryParam("childName") String childName,
            @Context HttpHeaders headers) {
        Locale locale = PortalLocale.of(headers);
        ProtectionReportView report;
        try {
            report = reports.findReport(reportId);
        } catch (NotFoundException | ValidationFailedException e) {
            return PortalResponses.notFound(locale);
        }
        List<Problem> problems = List.of();
        ChildLink link = linkOffered(report) ? ChildLink.offer(report, childName, List.of()) : ChildLink.NONE;
        if (link.offered() && !FormValues.blank(childName)) {
            try {
                link = ChildLink.offer(report, childName, nodes(children.listChildren(new ChildFilter(
                        report.countyCode(), null, null, null, null, childName.strip()), CANDIDATES, null)));
            } catch (ValidationFailedException e) {
                problems = List.of(Problem.ofField("childName", e.problems().get(0).code(),
                        e.problems().get(0).message()));
            }
        }
        return Response.status(problems.isEmpty() ? 200 : 422).entity(page(report, filed != null, saved != null,
                false, new AnswerForm(null, null), problems, link).setLocale(locale)).build();
    }

    /**
     * Links the report to the registered child chosen in the picker. A child the caller does not reach (or no choice)
     * is said beside the picker, and nothing changes.
     */
    @POST
    @Path("{reportId}/child")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response linkChild(@PathParam("reportId") String reportId, @FormParam("version") int version,
            @FormParam("childId") String childId, @Context HttpHeaders headers) {
        try {
            return answer(reportId, new AnswerForm(null, null), headers,
                    () -> reports.linkChild(reportId, version, childId == null ? "" : childId));
        } catch (ChildNotFoundException e) {
            return current(reportId, PortalLocale.of(headers), 422, false, new AnswerForm(null, null),
                    List.of(Problem.ofField("childId", "CHILD_NOT_FOUND", e.getMessage())));
        }
    }

    @POST
    @Path("{reportId}/receipts/{receiptId}/acknowledge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response acknowledge(@PathParam("reportId") String reportId, @PathParam("receiptId") String receiptId,
            @FormParam("version") int version, @Context HttpHeaders headers) {
        return answer(reportId, new AnswerForm(null, null), headers,
                () -> reports.acknowledgeReport(receiptId, version));
    }

    @POST
    @Path("{reportId}/steps")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addStep(@PathParam("reportId") String reportId, @FormParam("description") String description,
            @Context HttpHeaders headers) {
        return answer(reportId, new AnswerForm(description, null), headers,
                () -> reports.addStep(reportId, new ProtectionReportStepInput(description == null ? "" : description,
                        null)));
    }

    @POST
    @Path("{reportId}/receipts/{receiptId}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close(@PathParam("reportId") String reportId, @PathParam("receiptId") String receiptId,
            @FormParam("version") int version, @FormParam("outcome") String outcome, @Context HttpHeaders headers) {
        return answer(reportId, new AnswerForm(null, outcome), headers,
                () -> reports.closeReport(receiptId, version, outcome == null ? "" : outcome));
    }

    /** Runs an answer; on success back to the report, on bad input or a stale version the page again, as typed. */
    private Response answer(String reportId, AnswerForm form, HttpHeaders headers,
            Supplier<ProtectionReportView> action) {
        Locale locale = PortalLocale.of(headers);
        try {
            ProtectionReportView answered = action.get();
            return Response.seeOther(URI.create("/portal/reports/" + answered.id() + "?saved=1")).build();
        } catch (ChildNotFoundException e) {
            throw e;
        } catch (ConflictException e) {
            return current(reportId, locale, 409, true, form, List.of());
        } catch (ValidationFailedException e) {
            return current(reportId, locale, 422, false, form, PortalResponses.onForm(e.problems(),
                    ReportPagesResource::formField, "receipt"));
        } catch (NotFoundException e) {
            return PortalResponses.notFound(locale);
        }
    }

    private static String formField(String apiField) {
        return switch (apiField == null ? "" : apiField) {
            case "input.description", "input.takenAt" -> "description";
            case "outcome" -> "outcome";
            case "childId", "reportId" -> "childId";
            default -> null;
        };
    }

    private Response current(String reportId, Locale locale, int status, boolean conflict, AnswerForm form,
            List<Problem> problems) {
        try {
            ProtectionReportView report = reports.findReport(reportId);
            return Response.status(status).entity(page(report, false, false, conflict, form, problems,
                    linkOffered(report) ? ChildLink.offer(report, null, List.of()) : ChildLink.NONE).setLocale(locale))
                    .build();
        } catch (NotFoundException | ValidationFailedException e) {
            return PortalResponses.notFound(locale);
        }
    }

    private TemplateInstance page(ProtectionReportView report, boolean filed, boolean saved, boolean conflict,
            AnswerForm form, List<Problem> problems, ChildLink link) {
        String region = report.describedChild() == null ? null : report.describedChild().regionCode();
        Map<String, String> placeNames = region == null ? Map.of() : regions.findRegions(List.of(region)).values()
                .stream().collect(Collectors.toMap(RegionView::code, RegionView::name));
        return Templates.report(cards(List.of(report)).get(0), organizationNames(List.of(report)), placeNames,
                answerable(report), filed, saved, conflict, form, problems, link);
    }

    /** Whether the page offers to link a registered child: the report names none and the viewer sees it whole. */
    private static boolean linkOffered(ProtectionReportView report) {
        return report.childId() == null && report.steps() != null;
    }

    /**
     * The receipts the viewer answers for: their organization's, and for civil-affairs officers who see everything of
     * the report, the civil-affairs receipt (as the service allows).
     */
    private Set<String> answerable(ProtectionReportView report) {
        String organization = currentUser.organizationId().map(UUID::toString).orElse(null);
        boolean civilAffairs = currentUser.isCivilAffairsOfficer() && report.steps() != null;
        return report.receipts().stream()
                .filter(receipt -> receipt.organizationId().equals(organization)
                        || civilAffairs && receipt.receiverKind() == ReceiverKind.CIVIL_AFFAIRS)
                .map(ProtectionReportReceiptView::id).collect(Collectors.toSet());
    }

    private ProtectionReportConnection page(ProtectionReportList list, String after) {
        try {
            return reports.listReports(new ProtectionReportFilter(list), PAGE_SIZE, after);
        } catch (ValidationFailedException e) {
            // a cursor from an old link: the first page instead
            return reports.listReports(new ProtectionReportFilter(list), PAGE_SIZE, null);
        }
    }

    private static List<ProtectionReportView> nodes(ProtectionReportConnection page) {
        return page.edges().stream().map(edge -> edge.node()).toList();
    }

    private static List<ChildView> nodes(org.tonghu.child.ChildConnection page) {
        return page.edges().stream().map(edge -> edge.node()).toList();
    }

    /** Each report with its child as the viewer knows them; one look-up for the registered children. */
    private List<ReportCard> cards(List<ProtectionReportView> shown) {
        Set<UUID> registered = shown.stream().map(ProtectionReportView::childId).filter(Objects::nonNull)
                .map(UUID::fromString).collect(Collectors.toSet());
        Map<String, ChildView> reachable = registered.isEmpty() ? Map.of() : children.findChildrenInScope(registered);
        return shown.stream().map(report -> {
            ChildView child = report.childId() == null ? null : reachable.get(report.childId());
            String name = child != null ? child.name()
                    : report.describedChild() != null ? report.describedChild().name() : null;
            return new ReportCard(report, name, child != null);
        }).toList();
    }

    private Map<String, String> organizationNames(List<ProtectionReportView> shown) {
        Set<UUID> ids = shown.stream().flatMap(report -> Stream.concat(
                report.receipts().stream().map(ProtectionReportReceiptView::organizationId),
                Stream.of(report.reporterOrganizationId()))).filter(Objects::nonNull).map(UUID::fromString)
                .collect(Collectors.toSet());
        return ids.isEmpty() ? Map.of() : organizations.findOrganizations(ids).values().stream()
                .collect(Collectors.toMap(OrganizationView::id, OrganizationView::name));
    }
}
