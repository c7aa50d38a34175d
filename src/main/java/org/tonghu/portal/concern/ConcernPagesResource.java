package org.tonghu.portal.concern;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.tonghu.concern.ConcernService;
import org.tonghu.concern.ConcernStatus;
import org.tonghu.concern.ConcernUpdateInput;
import org.tonghu.concern.ConcernView;
import org.tonghu.graphql.ConflictException;
import org.tonghu.graphql.NotFoundException;
import org.tonghu.graphql.Problem;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.portal.FormValues;
import org.tonghu.portal.PortalLocale;
import org.tonghu.portal.PortalResponses;
import org.tonghu.time.ChinaTime;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * Following a concern up to its resolution in the portal (concerns are raised from the child's file). A stale form
 * (someone changed the concern since it was opened) shows the conflict and overwrites nothing.
 */
@Path("/portal/concerns")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ConcernPagesResource {

    static final Map<String, String> FIELDS = Map.of("input.description", "description", "input.actionTaken",
            "actionTaken", "input.referredTo", "referredTo", "input.resolution", "resolution", "input.resolvedOn",
            "resolvedOn", "input.status", "status", "input.raisedOn", "description");

    @CheckedTemplate(basePath = "portal/concern")
    static class Templates {
        static native TemplateInstance concernFollowUp(ConcernView concern, String status, String actionTaken,
                String referredTo, String resolution, String resolvedOn, List<Problem> problems, boolean conflict);
    }

    private final ConcernService concerns;

    ConcernPagesResource(ConcernService concerns) {
        this.concerns = concerns;
    }

    @GET
    @Path("{concernId}")
    public Response followUp(@PathParam("concernId") String concernId, @Context HttpHeaders headers) {
        Locale locale = PortalLocale.of(headers);
        return concerns.findConcernToFollowUp(concernId)
                .map(concern -> Response.ok(Templates.concernFollowUp(concern, concern.status().name(),
                        concern.actionTaken(), concern.referredTo(), "", ChinaTime.today().toString(), List.of(), false)
                        .setLocale(locale)).build())
                .orElseGet(() -> PortalResponses.notFound(locale));
    }

    @POST
    @Path("{concernId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("concernId") String concernId, @FormParam("version") int version,
            @FormParam("status") String status, @FormParam("actionTaken") String actionTaken,
            @FormParam("referredTo") String referredTo, @FormParam("resolution") String resolution,
            @FormParam("resolvedOn") String resolvedOn, @Context HttpHeaders headers) {
        Locale locale = PortalLocale.of(headers);
        try {
            ConcernView updated = concerns.updateConcern(concernId, version, new ConcernUpdateInput(
                    FormValues.choice(ConcernStatus.class, status, "input.status"), blankToNull(actionTaken),
                    blankToNull(referredTo), blankToNull(resolution), date(resolvedOn)));
            return Response.seeOther(URI.create("/portal/children/" + updated.childId() + "?saved=1")).build();
        } catch (ValidationFailedException e) {
            return again(concernId, status, actionTaken, referredTo, resolution, resolvedOn,
                    PortalResponses.onForm(e.problems(), FIELDS::get, "status"), false, locale);
        } catch (ConflictException e) {
            return again(concernId, status, actionTaken, referredTo, resolution, resolvedOn, List.of(), true, locale);
        } catch (NotFoundException e) {
            return PortalResponses.notFound(locale);
        }
    }

    /** The form again, as typed, with the problems or the conflict, over the concern as it now stands. */
    private Response again(String concernId, String status, String actionTaken, String referredTo, String resolution,
            String resolvedOn, List<Problem> problems, boolean conflict, Locale locale) {
        return concerns.findConcernToFollowUp(concernId).map(concern -> Response.status(conflict ? 409 : 422)
                .entity(Templates.concernFollowUp(concern, status, actionTaken, referredTo, resolution, resolvedOn,
                        problems, conflict).setLocale(locale)).build())
                .orElseGet(() -> PortalResponses.notFound(locale));
    }

    private static LocalDate date(String text) {
        try {
            return FormValues.blank(text) ? null : LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw ValidationFailedException.of("input.resolvedOn", "RESOLVED_ON_INVALID", "Not a date.");
        }
    }

    private static String blankToNull(String text) {
        return FormValues.blank(text) ? null : text;
    }

}
