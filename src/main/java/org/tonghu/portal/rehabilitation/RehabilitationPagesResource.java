package org.tonghu.portal.rehabilitation;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.tonghu.portal.FormValues;
import org.tonghu.portal.PortalLocale;
import org.tonghu.portal.PortalResponses;
import org.tonghu.rehabilitation.RehabilitationConnection;
import org.tonghu.rehabilitation.RehabilitationProgressInput;
import org.tonghu.rehabilitation.RehabilitationService;
import org.tonghu.rehabilitation.RehabilitationStatus;
import org.tonghu.rehabilitation.RehabilitationView;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The Disabled Persons' Federation's rehabilitation steps in the portal: the open ones, and recording a step. */
@Path("/portal/rehabilitation")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class RehabilitationPagesResource {

    @CheckedTemplate(basePath = "portal/rehabilitation")
    static class Templates {
        static native TemplateInstance rehabilitation(RehabilitationConnection records, boolean saved);

        static native TemplateInstance rehabilitationForm(RehabilitationForm form, List<Problem> problems);

        static native TemplateInstance rehabilitationStep(RehabilitationView step, String childName,
                RehabilitationProgressForm form, List<Problem> problems, boolean conflict, boolean saved);
    }

    /** The progress form as posted, kept to show again with the errors. */
    public record RehabilitationProgressForm(String status, String endsOn, String sessionsCompleted, String outcome) {

        static final Map<String, String> FIELDS = Map.of("input.sessionsCompleted", "sessionsCompleted",
                "input.endsOn", "endsOn", "input.outcome", "outcome", "id", "status", "input.status", "status");

        static RehabilitationProgressForm of(RehabilitationView step) {
            return new RehabilitationProgressForm(step.status() == RehabilitationStatus.PLANNED
                    ? RehabilitationStatus.IN_PROGRESS.name() : step.status().name(),
                    step.endsOn() == null ? "" : step.endsOn().toString(),
                    step.sessionsCompleted() == null ? "" : step.sessionsCompleted().toString(), "");
        }

        RehabilitationProgressInput toInput() {
            LocalDate day;
            Integer sessions;
            try {
                day = FormValues.blank(endsOn) ? null : LocalDate.parse(endsOn);
            } catch (DateTimeException e) {
                throw ValidationFailedException.of("input.endsOn", "ENDS_ON_INVALID", "endsOn is not a date.");
            }
            try {
                sessions = FormValues.blank(sessionsCompleted) ? null : Integer.valueOf(sessionsCompleted.strip());
            } catch (NumberFormatException e) {
                throw ValidationFailedException.of("input.sessionsCompleted", "SESSIONS_INVALID", "A whole number.");
            }
            return new RehabilitationProgressInput(
                    FormValues.choice(RehabilitationStatus.class, status, "input.status"),
                    day, sessions, FormValues.blank(outcome) ? null : outcome);
        }
    }

    private final RehabilitationService rehabilitation;
    private final ChildService children;

    RehabilitationPagesResource(RehabilitationService rehabilitation, ChildService children) {
        this.rehabilitation = rehabilitation;
        this.children = children;
    }

    @GET
    public TemplateInstance list(@QueryParam("saved") String saved, @Context HttpHeaders headers) {
        return Templates.rehabilitation(rehabilitation.listRehabilitation(null, 50, null), saved != null)
                .setLocale(PortalLocale.of(headers));
    }

    @GET
    @Path("new")
    public TemplateInstance newRecord(@Context HttpHeaders headers) {
        return Templates.rehabilitationForm(RehabilitationForm.defaults(), List.of())
                .setLocale(PortalLocale.of(headers));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(@BeanParam RehabilitationForm form, @Context HttpHeaders headers) {
        try {
            rehabilitation.recordRehabilitation(form.toInput());
            return Response.seeOther(URI.create("/portal/rehabilitation?saved=1")).build();
        } catch (ValidationFailedException e) {
            return Response.status(422).entity(Templates.rehabilitationForm(form,
                    PortalResponses.onForm(e.problems(), RehabilitationForm.FIELDS::get, "childIdNumber"))
                    .setLocale(PortalLocale.of(headers))).build();
        } catch (NotFoundException e) {
            return Response.status(422).entity(Templates.rehabilitationForm(form,
                    List.of(new Problem("childIdNumber", null, e.code(), e.getMessage())))
                    .setLocale(PortalLocale.of(headers))).build();
        }
    }

    @GET
    @Path("{recordId}")
    public Response step(@PathParam("recordId") String recordId, @QueryParam("saved") String saved,
            @Context HttpHeaders headers) {
        Locale locale = PortalLocale.of(headers);
        return rehabilitation.findOwnRecord(recordId).map(step -> Response.ok(stepPage(step,
                RehabilitationProgressForm.of(step), List.of(), false, saved != null).setLocale(locale)).build())
                .orElseGet(() -> PortalResponses.notFound(locale));
    }

    /** Records how the step went on; bad input or a stale version shows the page again, as typed. */
    @POST
    @Path("{recordId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response progress(@PathParam("recordId") String recordId, @FormParam("version") int version,
            @FormParam("status") String status, @FormParam("endsOn") String endsOn,
            @FormParam("sessionsCompleted") String sessionsCompleted, @FormParam("outcome") String outcome,
            @Context HttpHeaders headers) {
        Locale locale = PortalLocale.of(headers);
        RehabilitationProgressForm form = new RehabilitationProgressForm(status, endsOn, sessionsCompleted, outcome);
        try {
            rehabilitation.updateRehabilitation(recordId, version, form.toInput());
            return Response.seeOther(URI.create("/portal/rehabilitation/" + recordId + "?saved=1")).build();
        } catch (ValidationFailedException e) {
            return again(recordId, locale, 422, form, PortalResponses.onForm(e.problems(),
                    RehabilitationProgressForm.FIELDS::get, "status"), false);
        } catch (ConflictException e) {
            return again(recordId, locale, 409, form, List.of(), true);
        } catch (NotFoundException e) {
            return PortalResponses.notFound(locale);
        }
    }

    private Response again(String recordId, Locale locale, int status, RehabilitationProgressForm form,
            List<Problem> problems, boolean conflict) {
        return rehabilitation.findOwnRecord(recordId).map(step -> Response.status(status)
                .entity(stepPage(step, form, problems, conflict, false).setLocale(locale)).build())
                .orElseGet(() -> PortalResponses.notFound(locale));
    }

    private TemplateInstance stepPage(RehabilitationView step, RehabilitationProgressForm form, List<Problem> problems,
            boolean conflict, boolean saved) {
        ChildView child = children.findChildrenInScope(List.of(UUID.fromString(step.childId()))).get(step.childId());
        return Templates.rehabilitationStep(step, child == null ? null : child.name(), form, problems, conflict, saved);
    }
}
