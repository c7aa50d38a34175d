package org.tonghu.portal.placement;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.ws.rs.BeanParam;
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

import org.tonghu.child.ChildService;
import org.tonghu.child.ChildView;
import org.tonghu.graphql.ConflictException;
import org.tonghu.graphql.NotFoundException;
import org.tonghu.graphql.Problem;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.guardian.GuardianService;
import org.tonghu.guardian.GuardianService.GuardianOfChild;
import org.tonghu.organization.OrganizationKind;
import org.tonghu.organization.OrganizationService;
import org.tonghu.organization.OrganizationView;
import org.tonghu.placement.PlacementConnection;
import org.tonghu.placement.PlacementEndInput;
import org.tonghu.placement.PlacementKind;
import org.tonghu.placement.PlacementOutcome;
import org.tonghu.placement.PlacementReviewInput;
import org.tonghu.placement.PlacementService;
import org.tonghu.placement.PlacementStatus;
import org.tonghu.placement.PlacementView;
import org.tonghu.portal.FormValues;
import org.tonghu.portal.PortalLocale;
import org.tonghu.portal.PortalResponses;
import org.tonghu.regioncode.RegionCode;
import org.tonghu.security.CurrentUser;
import org.tonghu.time.ChinaTime;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The civil-affairs officers' temporary custody pages: the open placements of their jurisdiction, reviews due first,
 * the form recording a child's placement (from the child's file, or a mandatory report about the child), and one
 * placement with the forms to record a review and to end it. A stale form (someone changed the placement since it was
 * opened) shows the conflict and changes nothing. Through the same service as the API: the same rules, codes and
 * audit, in one transaction, so a refused form writes nothing; others than officers get the 403 page.
 */
@Path("/portal/placements")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class PlacementPagesResource {

    static final Map<String, String> FIELDS = Map.of("input.reviewedOn", "reviewedOn", "input.finding", "finding",
            "input.nextReviewOn", "nextReviewOn", "input.endedOn", "endedOn", "input.outcome", "outcome",
            "input.note", "note");

    /** What the forms of a placement page hold: as typed, or empty. */
    public record Forms(String reviewedOn, String finding, String nextReviewOn, String endedOn, String outcome,
            String note) {

        static Forms empty() {
            String today = ChinaTime.today().toString();
            return new Forms(today, "", "", today, "", "");
        }
    }

    /** The institutions a child may be placed in: rescue-protection centers and child-welfare institutions. */
    static final Set<OrganizationKind> INSTITUTIONS = Set.of(OrganizationKind.MINOR_PROTECTION_CENTER,
            OrganizationKind.CHILD_WELFARE_INSTITUTION);

    @CheckedTemplate(basePath = "portal/placement")
    static class Templates {
        static native TemplateInstance placementForm(ChildView child, PlacementForm form, List<PlacementKind> kinds,
                List<GuardianOfChild> guardians, List<OrganizationView> institutions, List<Problem> problems);

        static native TemplateInstance placements(PlacementConnection placements, Map<String, String> childNames,
                YearList year);

        static native TemplateInstance placement(PlacementView placement, String childName, Forms forms,
                List<Problem> problems, boolean conflict, boolean saved, List<PlacementOutcome> outcomes);
    }

    private final PlacementService placements;
    private final ChildService children;
    private final PlacementPortal portal;
    private final GuardianService guardians;
    private final OrganizationService organizations;
    private final CurrentUser currentUser;

    PlacementPagesResource(PlacementService placements, ChildService children, PlacementPortal portal,
            GuardianService guardians, OrganizationService organizations, CurrentUser currentUser) {
        this.placements = placements;
        this.children = children;
        this.portal = portal;
        this.guardians = guardians;
        this.organizations = organizations;
        this.currentUser = currentUser;
    }

    /**
     * The list behind a figure of the annual progress report: the placements of a region's children that started in
     * a year, or were open at its end (or today, while it runs), how many in all and a page of them.
     */
    public record YearList(String region, int year, boolean started, long total) {
    }

    /**
     * The open placements of the caller's jurisdiction; with {@code region} and {@code startedIn} or
     * {@code openAtEndOf} (a year), the list behind a figure of the annual progress report (a region outside the
     * jurisdiction, or a year that is none, is 404).
     */
    @GET
    public Response list(@QueryParam("region") String region, @QueryParam("startedIn") String startedIn,
            @QueryParam("openAtEndOf") String openAtEndOf, @QueryParam("after") String after,
            @Context HttpHeaders headers) {
        Locale locale = PortalLocale.of(headers);
        if (FormValues.blank(startedIn) && FormValues.blank(openAtEndOf)) {
            PlacementConnection open = placements.listPlacements(null, PlacementStatus.OPEN, null, 50, after);
            return Response.ok(Templates.placements(open, portal.names(open), null).setLocale(locale)).build();
        }
        boolean started = !FormValues.blank(startedIn);
        String year = (started ? startedIn : openAtEndOf).strip();
        if (!year.matches("\\d{4}") || FormValues.blank(region)) {
            return PortalResponses.notFound(locale);
        }
        try {
            PlacementService.CountedPlacements counted = placements.listPlacementsOfYear(region.strip(),
                    Integer.parseInt(year), started, 50, FormValues.blank(after) ? null : after);
            return Response.ok(Templates.placements(counted.placements(), portal.names(counted.placements()),
                    new YearList(region.strip(), Integer.parseInt(year), started, counted.total())).setLocale(locale))
                    .build();
        } catch (ValidationFailedException e) {
            return PortalResponses.notFound(locale);
        }
    }

    /** The form recording a placement of {@code child}; {@code report} names the mandatory report it follows. */
    @GET
    @Path("new")
    public Response newPlacement(@QueryParam("child") String childId, @QueryParam("report") String reportId,
            @Context HttpHeaders headers) {
        requireOfficer();
        return form(PlacementForm.defaults(childId, reportId), List.of(), 200, PortalLocale.of(headers));
    }

    /** Records the placement and shows it; bad input shows the form again, as typed, with the errors. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(@BeanParam PlacementForm form, @Context HttpHeaders headers) {
        requireOfficer();
        Locale locale = PortalLocale.of(headers);
        try {
            PlacementView recorded = placements.recordPlacement(form.toInput());
            return Response.seeOther(URI.create("/portal/placements/" + recorded.id() + "?saved=1")).build();
        } catch (ValidationFailedException e) {
            return form(form, PortalResponses.onForm(e.problems(), PlacementForm.FIELDS::get, "child"), 422, locale);
        } catch (NotFoundException e) {
            return PortalResponses.notFound(locale);
        }
    }

    private Response form(PlacementForm form, List<Problem> problems, int status, Locale locale) {
        try {
            if (FormValues.blank(form.childId)) {
                return PortalResponses.notFound(locale);
            }
            ChildView child = children.findChild(form.childId);
            List<GuardianOfChild> carers = guardians.findGuardiansOfChildren(List.of(UUID.fromString(child.id())));
            List<OrganizationView> institutions = organizations.listOrganizationsWorkingIn(
                    new RegionCode(child.residenceVillageCode()), Optional.empty()).stream()
                    .filter(organization -> INSTITUTIONS.contains(organization.kind())).toList();
            return Response.status(status).entity(Templates.placementForm(child, form,
                    List.of(PlacementKind.values()), carers, institutions, problems).setLocale(locale)).build();
        } catch (NotFoundException | ValidationFailedException e) {
            return PortalResponses.notFound(locale);
        }
    }

    private void requireOfficer() {
        if (!portal.officer()) {
            throw currentUser.refused();
        }
    }

    @GET
    @Path("{placementId}")
    public Response placement(@PathParam("placementId") String placementId, @QueryParam("saved") String saved,
            @Context HttpHeaders headers) {
        return page(placementId, Forms.empty(), List.of(), false, saved != null, 200,
                PortalLocale.of(headers));
    }

    @POST
    @Path("{placementId}/review")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response review(@PathParam("placementId") String placementId, @FormParam("version") int version,
            @FormParam("reviewedOn") String reviewedOn, @FormParam("finding") String finding,
            @FormParam("nextReviewOn") String nextReviewOn, @Context HttpHeaders headers) {
        Forms forms = new Forms(reviewedOn, finding, nextReviewOn, ChinaTime.today().toString(), "", "");
        return save(placementId, forms, PortalLocale.of(headers), () -> placements.reviewPlacement(placementId,
                version, new PlacementReviewInput(date(reviewedOn, "input.reviewedOn"), finding,
                        date(nextReviewOn, "input.nextReviewOn"))));
    }

    @POST
    @Path("{placementId}/end")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response end(@PathParam("placementId") String placementId, @FormParam("version") int version,
            @FormParam("endedOn") String endedOn, @FormParam("outcome") String outcome,
            @FormParam("note") String note, @Context HttpHeaders headers) {
        Forms forms = new Forms(ChinaTime.today().toString(), "", "", endedOn, outcome, note);
        return save(placementId, forms, PortalLocale.of(headers), () -> placements.endPlacement(placementId, version,
                new PlacementEndInput(date(endedOn, "input.endedOn"),
                        FormValues.choice(PlacementOutcome.class, outcome, "input.outcome"),
                        FormValues.blank(note) ? null : note)));
    }

    private Response save(String placementId, Forms forms, Locale locale, java.util.function.Supplier<?> change) {
        try {
            change.get();
            return Response.seeOther(URI.create("/portal/placements/" + placementId + "?saved=1")).build();
        } catch (ValidationFailedException e) {
            return page(placementId, forms, PortalResponses.onForm(e.problems(), FIELDS::get, "finding"), false,
                    false, 422, locale);
        } catch (ConflictException e) {
            return page(placementId, forms, List.of(), true, false, 409, locale);
        } catch (NotFoundException e) {
            return PortalResponses.notFound(locale);
        }
    }

    private Response page(String placementId, Forms forms, List<Problem> problems, boolean conflict, boolean saved,
            int status, Locale locale) {
        try {
            PlacementView placement = placements.findPlacement(placementId);
            if (!portal.officer()) {
                return PortalResponses.notFound(locale);
            }
            String name = children.findNames(List.of(UUID.fromString(placement.childId())))
                    .getOrDefault(UUID.fromString(placement.childId()), "");
            return Response.status(status).entity(Templates.placement(placement, name, forms, problems, conflict,
                    saved, List.of(PlacementOutcome.values())).setLocale(locale)).build();
        } catch (NotFoundException | ValidationFailedException e) {
            return PortalResponses.notFound(locale);
        }
    }

    private static LocalDate date(String text, String field) {
        try {
            return FormValues.blank(text) ? null : LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw ValidationFailedException.of(field, "DATE_INVALID", "Not a date.");
        }
    }
}
