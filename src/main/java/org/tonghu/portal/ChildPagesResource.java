package org.tonghu.portal;

import java.net.URI;
import java.util.List;
import java.util.Locale;

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

import org.tonghu.child.ChildView;
import org.tonghu.childfile.ChildFileService;
import org.tonghu.childfile.ChildFileView;
import org.tonghu.concern.ConcernCategory;
import org.tonghu.concern.ConcernConnection;
import org.tonghu.concern.ConcernInput;
import org.tonghu.concern.ConcernService;
import org.tonghu.concern.ConcernSeverity;
import org.tonghu.graphql.NotFoundException;
import org.tonghu.graphql.Problem;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.visit.VisitConnection;
import org.tonghu.visit.VisitService;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The child's file page and the record-a-visit form. They read and write through the same services as the API, so
 * scope, validation and audit are the same; an out-of-scope child is a plain 404.
 */
@Path("/portal/children/{childId}")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ChildPagesResource {

    @CheckedTemplate(basePath = "portal")
    static class Templates {
        static native TemplateInstance childFile(ChildFileView file, VisitConnection visits, ConcernConnection concerns,
                boolean saved, String concernError);

        static native TemplateInstance visitForm(ChildView child, ChildFileView file, VisitForm form,
                List<Problem> problems);

        static native TemplateInstance notFound();
    }

    private final ChildFileService files;
    private final VisitService visits;
    private final ConcernService concerns;

    ChildPagesResource(ChildFileService files, VisitService visits, ConcernService concerns) {
        this.files = files;
        this.visits = visits;
        this.concerns = concerns;
    }

    @GET
    public Response childFile(@PathParam("childId") String childId, @QueryParam("saved") String saved,
            @QueryParam("concernError") String concernError, @Context HttpHeaders headers) {
        Locale locale = PortalLocale.of(headers);
        try {
            ChildFileView file = files.findChildFile(childId);
            return page(Templates.childFile(file, files.visits(file, false, 20, null), files.concerns(file, 20, null),
                    saved != null, concernError == null ? null : ProblemLabels.key(concernError)), locale);
        } catch (NotFoundException | ValidationFailedException e) {
            return notFound(locale);
        }
    }

    @GET
    @Path("visits/new")
    public Response newVisit(@PathParam("childId") String childId, @Context HttpHeaders headers) {
        Locale locale = PortalLocale.of(headers);
        try {
            ChildFileView file = files.findChildFile(childId);
            boolean homeVisitOverdue = file.visitSchedule() != null && file.visitSchedule().homeVisitOverdue();
            return page(Templates.visitForm(file.child(), file, VisitForm.defaults(homeVisitOverdue), List.of()), locale);
        } catch (NotFoundException | ValidationFailedException e) {
            return notFound(locale);
        }
    }

    /** Records the visit and goes back to the work list; bad input shows the form again, as typed, with the errors. */
    @POST
    @Path("visits")
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
                return notFound(locale);
            }
        } catch (NotFoundException e) {
            return notFound(locale);
        }
    }

    /** Raises a concern from the child's file and goes back to it. */
    @POST
    @Path("concerns")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response raise(@PathParam("childId") String childId, @FormParam("category") String category,
            @FormParam("severity") String severity, @FormParam("description") String description,
            @Context HttpHeaders headers) {
        try {
            concerns.raiseConcern(childId, new ConcernInput(FormValues.choice(ConcernCategory.class, category,
                    "input.category"), FormValues.choice(ConcernSeverity.class, severity, "input.severity"),
                    description, null));
            return Response.seeOther(URI.create("/portal/children/" + childId + "?saved=1")).build();
        } catch (ValidationFailedException e) {
            return Response.seeOther(URI.create("/portal/children/" + childId + "?concernError="
                    + e.problems().get(0).code())).build();
        } catch (NotFoundException e) {
            return notFound(PortalLocale.of(headers));
        }
    }

    private static Response page(TemplateInstance page, Locale locale) {
        return Response.ok(page.setLocale(locale)).build();
    }

    private static Response notFound(Locale locale) {
        return Response.status(Response.Status.NOT_FOUND).entity(Templates.notFound().setLocale(locale)).build();
    }
}
