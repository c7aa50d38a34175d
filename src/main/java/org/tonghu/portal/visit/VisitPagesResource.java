package org.tonghu.portal.visit;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.tonghu.child.ChildView;
import org.tonghu.childfile.ChildFileService;
import org.tonghu.childfile.ChildFileView;
import org.tonghu.graphql.NotFoundException;
import org.tonghu.graphql.Problem;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.portal.PortalLocale;
import org.tonghu.portal.PortalResponses;
import org.tonghu.visit.VisitService;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * Recording a visit to a child (a contact or a home visit, with a concern found), through the same service as the
 * API: the same scope, rules and audit; an out-of-scope child is a plain 404.
 */
@Path("/portal/children/{childId}/visits")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class VisitPagesResource {

    @CheckedTemplate(basePath = "portal/visit")
    static class Templates {
        static native TemplateInstance visitForm(ChildView child, ChildFileView file, VisitForm form,
                List<Problem> problems);
    }

    private final ChildFileService files;
    private final VisitService visits;

    VisitPagesResource(ChildFileService files, VisitService visits) {
        this.files = files;
        this.visits = visits;
    }

    @GET
    @Path("new")
    public Response newVisit(@PathParam("childId") String childId, @Context HttpHeaders headers) {
        Locale locale = PortalLocale.of(headers);
        try {
            ChildFileView file = files.findChildFile(childId);
            boolean homeVisitOverdue = file.visitSchedule() != null && file.visitSchedule().homeVisitOverdue();
            return Response.ok(Templates.visitForm(file.child(), file, VisitForm.defaults(homeVisitOverdue),
                    List.of()).setLocale(locale)).build();
        } catch (NotFoundException | ValidationFailedException e) {
            return PortalResponses.notFound(locale);
        }
    }

    /** Records the visit and goes back to the work list; bad input shows the form again, as typed, with the errors. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordVisit(@PathParam("childId") String childId, @BeanParam VisitForm form,
            @Context HttpHeaders headers) {
        Locale locale = PortalLocale.of(headers);
        try {
            visits.recordVisit(childId, form.toInput());
            return Response.seeOther(URI.create("/portal?recorded=1")).build();
        } catch (ValidationFailedException e) {
            try {
                ChildFileView file = files.findChildFile(childId);
                List<Problem> problems = e.problems().stream().map(problem -> new Problem(
                        VisitForm.FIELDS.getOrDefault(problem.field(), "kind"), problem.line(), problem.code(),
                        problem.message())).toList();
                return Response.status(422).entity(Templates.visitForm(file.child(), file, form, problems)
                        .setLocale(locale)).build();
            } catch (NotFoundException notFound) {
                return PortalResponses.notFound(locale);
            }
        } catch (NotFoundException e) {
            return PortalResponses.notFound(locale);
        }
    }
}
