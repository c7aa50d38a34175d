package org.tonghu.portal.concern;

import java.net.URI;

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

import org.tonghu.concern.ConcernCategory;
import org.tonghu.concern.ConcernInput;
import org.tonghu.concern.ConcernService;
import org.tonghu.concern.ConcernSeverity;
import org.tonghu.graphql.NotFoundException;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.portal.FormValues;
import org.tonghu.portal.PortalLocale;
import org.tonghu.portal.PortalResponses;

import io.quarkus.security.Authenticated;

/** Raising a concern from the child's file, through the same service as the API, and going back to the file. */
@Path("/portal/children/{childId}/concerns")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class RaiseConcernResource {

    private final ConcernService concerns;

    RaiseConcernResource(ConcernService concerns) {
        this.concerns = concerns;
    }

    /** Raises the concern; a problem goes back to the file page, which shows it by the form. */
    @POST
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
            return PortalResponses.notFound(PortalLocale.of(headers));
        }
    }
}
