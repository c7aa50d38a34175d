package org.tonghu.portal.child;

import java.util.Locale;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.tonghu.child.ChildService;
import org.tonghu.graphql.NotFoundException;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.portal.PortalLocale;
import org.tonghu.portal.PortalResponses;
import org.tonghu.portal.ProblemLabels;

import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;

/** The audited reveal of a child's full national ID number, on the child's file page. */
@Path("/portal/children/{childId}/id-number")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ChildIdNumberResource {

    private final ChildService children;
    private final ChildFilePage page;

    ChildIdNumberResource(ChildService children, ChildFilePage page) {
        this.children = children;
        this.page = page;
    }

    /**
     * Reveals the number with the reason the user states. The number is shown once, in this response only (pages are
     * never cached); a missing reason shows the field error.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revealIdNumber(@PathParam("childId") String childId, @FormParam("reason") String reason,
            @Context HttpHeaders headers) {
        Locale locale = PortalLocale.of(headers);
        try {
            String idNumber = children.revealIdNumber(childId, reason);
            return Response.ok(page.render(childId, false, null, idNumber, null).setLocale(locale)).build();
        } catch (ValidationFailedException e) {
            try {
                return Response.status(422).entity(page.render(childId, false, null, null,
                        ProblemLabels.key(e.problems().get(0).code())).setLocale(locale)).build();
            } catch (NotFoundException | ValidationFailedException notFound) {
                return PortalResponses.notFound(locale);
            }
        } catch (NotFoundException | ForbiddenException e) {
            return PortalResponses.notFound(locale);
        }
    }
}
