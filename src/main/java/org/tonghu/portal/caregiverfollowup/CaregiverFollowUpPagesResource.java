package org.tonghu.portal.caregiverfollowup;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

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

import org.tonghu.caregiverfollowup.CaregiverChoiceInput;
import org.tonghu.caregiverfollowup.CaregiverDecision;
import org.tonghu.caregiverfollowup.CaregiverFollowUpService;
import org.tonghu.caregiverfollowup.CaregiverFollowUpView;
import org.tonghu.caregiverfollowup.ParentsContactInput;
import org.tonghu.caregiverfollowup.ParentsContactMode;
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
 * The three steps of a caregiver follow-up in the portal, posted from the child's file or the follow-up's page: the
 * parents told, the caregiver chosen, the resolution. A success goes back to the child's file; a problem shows the
 * follow-up's page with the form as typed, and a stale form (someone changed the follow-up meanwhile) the conflict.
 */
@Path("/portal/caregiver-follow-ups/{followUpId}")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class CaregiverFollowUpPagesResource {

    static final Map<String, String> FIELDS = Map.of("input.contactedAt", "contactedAt", "input.mode", "mode",
            "input.personReached", "personReached", "input.response", "response", "input.decision", "decision",
            "input.guardianId", "guardianId", "input.note", "note", "resolution", "resolution");

    @CheckedTemplate(basePath = "portal/caregiverfollowup")
    static class Templates {
        static native TemplateInstance followUp(CaregiverFollowUpView followUp, Map<String, String> typed,
                List<Problem> problems, boolean conflict);
    }

    private final CaregiverFollowUpService followUps;

    CaregiverFollowUpPagesResource(CaregiverFollowUpService followUps) {
        this.followUps = followUps;
    }

    @GET
    public Response page(@PathParam("followUpId") String followUpId, @Context HttpHeaders headers) {
        return show(followUpId, Map.of(), List.of(), false, 200, PortalLocale.of(headers));
    }

    @POST
    @Path("contact")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response contactParents(@PathParam("followUpId") String followUpId, @FormParam("version") int version,
            @FormParam("contactedAt") String contactedAt, @FormParam("mode") String mode,
            @FormParam("personReached") String personReached, @FormParam("response") String response,
            @Context HttpHeaders headers) {
        Map<String, String> typed = Map.of("contactedAt", orEmpty(contactedAt), "mode", orEmpty(mode),
                "personReached", orEmpty(personReached), "response", orEmpty(response));
        return step(followUpId, typed, "contactedAt", headers, () -> followUps.contactParents(followUpId, version,
                new ParentsContactInput(moment(contactedAt), FormValues.choice(ParentsContactMode.class, mode,
                        "input.mode"), orEmpty(personReached), blankToNull(response))));
    }

    @POST
    @Path("caregiver")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response chooseCaregiver(@PathParam("followUpId") String followUpId, @FormParam("version") int version,
            @FormParam("decision") String decision, @FormParam("guardianId") String guardianId,
            @FormParam("note") String note, @Context HttpHeaders headers) {
        Map<String, String> typed = Map.of("decision", orEmpty(decision), "guardianId", orEmpty(guardianId), "note",
                orEmpty(note));
        return step(followUpId, typed, "decision", headers, () -> followUps.chooseCaregiver(followUpId, version,
                new CaregiverChoiceInput(FormValues.choice(CaregiverDecision.class, decision, "input.decision"),
                        blankToNull(guardianId), blankToNull(note))));
    }

    @POST
    @Path("resolve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resolve(@PathParam("followUpId") String followUpId, @FormParam("version") int version,
            @FormParam("resolution") String resolution, @Context HttpHeaders headers) {
        return step(followUpId, Map.of("resolution", orEmpty(resolution)), "resolution", headers,
                () -> followUps.resolveFollowUp(followUpId, version, orEmpty(resolution)));
    }

    private Response step(String followUpId, Map<String, String> typed, String fallback, HttpHeaders headers,
            Supplier<CaregiverFollowUpView> change) {
        Locale locale = PortalLocale.of(headers);
        try {
            CaregiverFollowUpView changed = change.get();
            return Response.seeOther(URI.create("/portal/children/" + changed.childId() + "?saved=1")).build();
        } catch (ValidationFailedException e) {
            return show(followUpId, typed, PortalResponses.onForm(e.problems(), FIELDS::get, fallback), false, 422,
                    locale);
        } catch (ConflictException e) {
            return show(followUpId, typed, List.of(), true, 409, locale);
        } catch (NotFoundException e) {
            return PortalResponses.notFound(locale);
        }
    }

    /** The follow-up's page as it now stands, with the form as typed and its problems or the conflict. */
    private Response show(String followUpId, Map<String, String> typed, List<Problem> problems, boolean conflict,
            int status, Locale locale) {
        try {
            CaregiverFollowUpView followUp = followUps.findFollowUp(followUpId);
            return Response.status(status).entity(Templates.followUp(followUp,
                    CaregiverFollowUpPortal.formValues(typed), problems, conflict)
                    .setLocale(locale)).build();
        } catch (NotFoundException | ValidationFailedException e) {
            return PortalResponses.notFound(locale);
        }
    }

    /** A {@code datetime-local} value, as a moment where the children live. */
    private static OffsetDateTime moment(String text) {
        try {
            return LocalDateTime.parse(orEmpty(text).strip()).atZone(ChinaTime.ZONE).toOffsetDateTime();
        } catch (DateTimeException e) {
            throw ValidationFailedException.of("input.contactedAt", "CONTACTED_AT_INVALID", "Not a date and time.");
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String blankToNull(String text) {
        return FormValues.blank(text) ? null : text;
    }
}
