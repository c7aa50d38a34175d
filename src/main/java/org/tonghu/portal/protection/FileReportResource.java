package org.tonghu.portal.protection;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.tonghu.child.ChildService;
import org.tonghu.child.ChildView;
import org.tonghu.graphql.NotFoundException;
import org.tonghu.graphql.Problem;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.portal.PortalLocale;
import org.tonghu.portal.PortalResponses;
import org.tonghu.protection.ProtectionReportService;
import org.tonghu.protection.ProtectionReportView;
import org.tonghu.region.RegionService;
import org.tonghu.region.RegionView;
import org.tonghu.regioncode.RegionCode;
import org.tonghu.regioncode.RegionLevel;
import org.tonghu.security.CurrentUser;
import org.tonghu.time.Clock;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * Filing a mandatory report from the portal: the form (for the child of the file it was opened from, or a child
 * described), then the report's page with its status. Through the same service as the API: the same rules, codes,
 * routing and audit, all in one transaction, so a refused form writes nothing. For those who work with children (the
 * API's roles for it); others get the 403 page, their refusal audited.
 */
@Path("/portal/reports/new")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class FileReportResource {

    @CheckedTemplate(basePath = "portal/protection")
    static class Templates {
        static native TemplateInstance reportForm(ChildView child, ReportForm form, List<RegionView> places,
                List<Problem> problems);
    }

    private final ProtectionReportService reports;
    private final ChildService children;
    private final RegionService regions;
    private final CurrentUser currentUser;
    private final Clock clock;

    FileReportResource(ProtectionReportService reports, ChildService children, RegionService regions,
            CurrentUser currentUser, Clock clock) {
        this.reports = reports;
        this.children = children;
        this.regions = regions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The form; {@code child} names the registered child it is about (from the child's file). */
    @GET
    public Response form(@QueryParam("child") String childId, @Context HttpHeaders headers) {
        requireReporter();
        Locale locale = PortalLocale.of(headers);
        try {
            ChildView child = childId == null || childId.isBlank() ? null : children.findChild(childId);
            String homePlace = currentUser.region().filter(FileReportResource::isPlace).map(RegionCode::value)
                    .orElse(null);
            return Response.ok(Templates.reportForm(child,
                    ReportForm.defaults(child == null ? null : child.id(), clock.now(), homePlace),
                    child == null ? places() : List.of(), List.of()).setLocale(locale)).build();
        } catch (NotFoundException | ValidationFailedException e) {
            return PortalResponses.notFound(locale);
        }
    }

    /** Files the report and shows it with its status; bad input shows the form again, as typed, with the errors. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response file(@BeanParam ReportForm form, @Context HttpHeaders headers) {
        requireReporter();
        Locale locale = PortalLocale.of(headers);
        try {
            ProtectionReportView filed = reports.fileReport(form.toInput());
            return Response.seeOther(URI.create("/portal/reports/" + filed.id() + "?filed=1")).build();
        } catch (ValidationFailedException e) {
            try {
                ChildView child = form.forRegisteredChild() ? children.findChild(form.childId) : null;
                return Response.status(422).entity(Templates.reportForm(child, form,
                        child == null ? places() : List.of(),
                        PortalResponses.onForm(e.problems(), ReportForm.FIELDS::get, "observed")).setLocale(locale))
                        .build();
            } catch (NotFoundException | ValidationFailedException notFound) {
                return PortalResponses.notFound(locale);
            }
        } catch (NotFoundException e) {
            return PortalResponses.notFound(locale);
        }
    }

    /**
     * The places a child is most likely found in, to choose from: the townships and villages of the reporter's county.
     * Reporters of a city or the province (whose lists would be too long for a phone) type a region code instead.
     */
    private List<RegionView> places() {
        Optional<RegionCode> county = currentUser.region().flatMap(FileReportResource::countyOf);
        if (county.isEmpty()) {
            return List.of();
        }
        List<RegionView> places = new ArrayList<>(Stream.concat(
                regions.listRegionsUnder(county.get(), RegionLevel.TOWNSHIP).stream(),
                regions.listRegionsUnder(county.get(), RegionLevel.VILLAGE).stream())
                .filter(region -> region.level() == RegionLevel.TOWNSHIP || region.level() == RegionLevel.VILLAGE)
                .toList());
        places.sort((a, b) -> a.code().compareTo(b.code()));
        return places;
    }

    private void requireReporter() {
        if (ReportingLinks.REPORTERS.stream().noneMatch(currentUser::hasRole)) {
            throw currentUser.refused();
        }
    }

    private static boolean isPlace(RegionCode region) {
        return region.level() == RegionLevel.VILLAGE || region.level() == RegionLevel.TOWNSHIP;
    }

    private static Optional<RegionCode> countyOf(RegionCode region) {
        if (region.level() == RegionLevel.COUNTY) {
            return Optional.of(region);
        }
        return region.ancestors().stream().filter(code -> code.level() == RegionLevel.COUNTY).findFirst();
    }
}
