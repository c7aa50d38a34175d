package org.tonghu.portal;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/** The language switch: remembers zh-CN or en in a cookie and goes back to the portal page the user was on. */
@Path("/portal/language")
public class PortalLanguageResource {

    @GET
    public Response choose(@QueryParam("lang") String language, @QueryParam("back") String back) {
        String value = "en".equals(language) ? "en" : "zh-CN";
        // only a portal path, never another site
        String target = back != null && back.matches("/portal(/[A-Za-z0-9/_-]*)?") ? back : "/portal";
        return Response.seeOther(URI.create(target))
                .cookie(new NewCookie.Builder(PortalLocale.COOKIE).value(value).path("/portal").httpOnly(true)
                        .sameSite(NewCookie.SameSite.LAX).maxAge(365 * 24 * 3600).build())
                .build();
    }
}
