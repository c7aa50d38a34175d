package org.tonghu.portal.child;

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

import org.tonghu.child.ChildService;
import org.tonghu.child.ChildView;
import org.tonghu.graphql.ConflictException;
import org.tonghu.graphql.NotFoundException;
import org.tonghu.graphql.Problem;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.portal.PortalLocale;
import org.tonghu.portal.PortalResponses;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;

/**
 * Editing a child's basic information, for those who keep the file. A stale edit (someone changed the child
 * meanwhile) shows the conflict with what the user typed and overwrites nothing.
 */
@Path("/portal/children/{childId}/edit")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ChildEditPagesResource {

    @CheckedTemplate(basePath = "portal/child")
    static class Templates {
        static native TemplateInstance childEditForm(ChildView child, ChildEditForm form, List<Problem> problems,
                boolean conflict);
    }

    private final ChildService children;

    ChildEditPagesResource(ChildService children) {
        this.children = children;
    }

    @GET
    public Response form(@PathParam("childId") String childId, @Context HttpHeaders headers) {
        Locale locale = PortalLocale.of(headers);
        try {
            ChildView child = children.findChildToEdit(childId);
            return Response.ok(Templates.childEditForm(child, ChildEditForm.of(child), List.of(), false)
                    .setLocale(locale)).build();
        } catch (NotFoundException | ValidationFailedException e) {
            return PortalResponses.notFound(locale);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("childId") String childId, @BeanParam ChildEditForm form,
            @Context HttpHeaders headers) {
        Locale locale = PortalLocale.of(headers);
        try {
            children.updateChild(childId, form.version, form.toInput(), !form.replacesIdNumber());
            return Response.seeOther(URI.create("/portal/children/" + childId + "?saved=1")).build();
        } catch (ValidationFailedException e) {
            return again(childId, form, e.problems(), false, 422, locale);
        } catch (ConflictException e) {
            return again(childId, form, List.of(), true, 409, locale);
        } catch (NotFoundException | ForbiddenException e) {
            return PortalResponses.notFound(locale);
        }
    }

    /** The form again, as typed, with the errors or the conflict; its version becomes the current one. */
    private Response again(String childId, ChildEditForm form, List<Problem> problems, boolean conflict, int status,
            Locale locale) {
        try {
            ChildView current = children.findChild(childId);
            form.version = current.version();
            return Response.status(status).entity(Templates.childEditForm(current, form, problems, conflict)
                    .setLocale(locale)).build();
        } catch (NotFoundException e) {
            return PortalResponses.notFound(locale);
        }
    }
}
