package org.tonghu.portal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The public landing page: what Tonghu is, and the way in. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LandingResource {

    @CheckedTemplate(basePath = "portal")
    static class Templates {
        static native TemplateInstance landing();
    }

    @GET
    public TemplateInstance landing() {
        return Templates.landing();
    }
}
