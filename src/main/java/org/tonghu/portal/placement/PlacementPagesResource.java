package org.tonghu.portal.placement;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

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
import org.tonghu.graphql.ConflictException;
import org.tonghu.graphql.NotFoundException;
import org.tonghu.graphql.Problem;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.placement.PlacementConnection;
import org.tonghu.placement.PlacementEndInput;
import org.tonghu.placement.PlacementOutcome;
import org.tonghu.placement.PlacementReviewInput;
import org.tonghu.placement.PlacementService;
import org.tonghu.placement.PlacementStatus;
import org.tonghu.placement.PlacementView;
import org.tonghu.portal.FormValues;
import org.tonghu.portal.PortalLocale;
import org.tonghu.portal.PortalResponses;
import org.tonghu.time.ChinaTime;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The civil-affairs officers' temporary custody pages: the open placements of their jurisdiction, reviews due first,
 * and one placement with the forms to record a review and to end it. A stale form (someone changed the placement
 * since it was opened) shows the conflict and changes nothing.
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

    @CheckedTemplate(basePath = "portal/placement")
    static class Templates {
        static native TemplateInstance placements(PlacementConnection placements, Map<String, String> childNames);

        static native TemplateInstance placement(PlacementView placement, String childName, Forms forms,
                List<Problem> problems, boolean conflict, boolean saved, List<PlacementOutcome> outcomes);
    }

    private final PlacementService placements;
    private final ChildService children;
    private final PlacementPortal portal;

    PlacementPagesResource(PlacementService placements, ChildService children, PlacementPortal portal) {
        this.placements = placements;
        this.children = children;
        this.portal = portal;
    }

    @GET
    public TemplateInstance list(@QueryParam("after") String after, @Context HttpHeaders headers) {
        PlacementConnection open = placements.listPlacements(null, PlacementStatus.OPEN, null, 50, after);
        return Templates.placements(open, portal.names(open)).setLocale(PortalLocale.of(headers));
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
