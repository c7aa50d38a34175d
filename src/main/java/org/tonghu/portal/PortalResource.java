package org.tonghu.portal;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tonghu.organization.OrganizationService;
import org.tonghu.organization.OrganizationView;
import org.tonghu.region.RegionService;
import org.tonghu.region.RegionView;
import org.tonghu.security.CurrentUser;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The partner portal's pages. Signed in through the browser code flow (the web-app OIDC tenant). */
@Path("/portal")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class PortalResource {

    @CheckedTemplate(basePath = "portal")
    static class Templates {
        static native TemplateInstance home(String displayName, List<String> roles, RegionView region,
                OrganizationView organization, boolean demo);
    }

    private final CurrentUser currentUser;
    private final RegionService regions;
    private final OrganizationService organizations;
    private final boolean demo;

    PortalResource(CurrentUser currentUser, RegionService regions, OrganizationService organizations,
            @ConfigProperty(name = "tonghu.demo-data.enabled") boolean demo) {
        this.currentUser = currentUser;
        this.regions = regions;
        this.organizations = organizations;
        this.demo = demo;
    }

    @GET
    public TemplateInstance home() {
        return Templates.home(
                currentUser.displayName(),
                currentUser.roles(),
                currentUser.region().flatMap(regions::findRegion).orElse(null),
                currentUser.organizationId().flatMap(organizations::findOrganization).orElse(null),
                demo);
    }
}
