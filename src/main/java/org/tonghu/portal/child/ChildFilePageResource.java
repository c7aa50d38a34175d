package org.tonghu.portal.child;

import java.util.Locale;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.tonghu.graphql.NotFoundException;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.portal.PortalLocale;
import org.tonghu.portal.PortalResponses;
import org.tonghu.portal.ProblemLabels;

import io.quarkus.security.Authenticated;

/**
 * The child's file page (一人一档): every section, read through the same services as the API, so scope and audit
 * are the same; an out-of-scope child is a plain 404.
 */
@Path("/portal/children/{childId}")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ChildFilePageResource {

    private final ChildFilePage page;

    ChildFilePageResource(ChildFilePage page) {
        this.page = page;
    }

    @GET
    public Response childFile(@PathParam("childId") String childId, @QueryParam("saved") String saved,
            @QueryParam("concernError") String concernError, @Context HttpHeaders headers) {
        Locale locale = PortalLocale.of(headers);
        try {
            return Response.ok(page.render(childId, saved != null,
                    concernError == null ? null : ProblemLabels.key(concernError), null, null).setLocale(locale))
                    .build();
        } catch (NotFoundException | ValidationFailedException e) {
            return PortalResponses.notFound(locale);
        }
    }
}
