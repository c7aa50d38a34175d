package org.tonghu.portal;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;

/**
 * A portal page the signed-in user's role does not allow (a partner opening the dashboard, a director the pairings)
 * answers 403 with a page in the user's language that says so and leads home, instead of an empty response.
 */
public class PortalForbiddenMapper {

    @CheckedTemplate(basePath = "portal")
    static class Templates {
        static native TemplateInstance forbidden();
    }

    @ServerExceptionMapper(ForbiddenException.class)
    public Response forbidden(UriInfo uri, HttpHeaders headers) {
        if (!uri.getPath().startsWith("/portal")) {
            return Response.status(Response.Status.FORBIDDEN).build();
        }
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.forbidden().setLocale(PortalLocale.of(headers)).render()).build();
    }
}
