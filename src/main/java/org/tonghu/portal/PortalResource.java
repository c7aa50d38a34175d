package org.tonghu.portal;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tonghu.concern.ConcernConnection;
import org.tonghu.concern.ConcernService;
import org.tonghu.organization.OrganizationService;
import org.tonghu.organization.OrganizationView;
import org.tonghu.region.RegionService;
import org.tonghu.region.RegionView;
import org.tonghu.schedule.ScheduleService;
import org.tonghu.schedule.WorkListConnection;
import org.tonghu.security.CurrentUser;
import org.tonghu.security.Roles;

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
                OrganizationView organization, boolean demo, WorkListConnection workList, ConcernConnection concerns,
                boolean recorded, boolean partner, boolean officer);
    }

    private final CurrentUser currentUser;
    private final RegionService regions;
    private final OrganizationService organizations;
    private final ScheduleService schedules;
    private final ConcernService concerns;
    private final boolean demo;

    PortalResource(CurrentUser currentUser, RegionService regions, OrganizationService organizations,
            ScheduleService schedules, ConcernService concerns,
            @ConfigProperty(name = "tonghu.demo-data.enabled") boolean demo) {
        this.currentUser = currentUser;
        this.regions = regions;
        this.organizations = organizations;
        this.schedules = schedules;
        this.concerns = concerns;
        this.demo = demo;
    }

    /**
     * The home page: who you are, and for those who keep children's files the work list (overdue first) and the
     * concerns still open in their jurisdiction.
     */
    @GET
    public TemplateInstance home(@QueryParam("recorded") String recorded, @Context HttpHeaders headers) {
        boolean keepsFiles = currentUser.childScope().mayWrite();
        return Templates.home(
                currentUser.displayName(),
                currentUser.roles(),
                currentUser.region().flatMap(regions::findRegion).orElse(null),
                currentUser.organizationId().flatMap(organizations::findOrganization).orElse(null),
                demo,
                keepsFiles ? schedules.workList(null, null, 20, null) : null,
                keepsFiles ? concerns.listConcerns(null, 5, null) : null,
                recorded != null,
                currentUser.hasRole(Roles.PARTNER_STAFF) && currentUser.organizationId().isPresent(),
                keepsFiles && (currentUser.hasRole(Roles.PROVINCE_OFFICER) || currentUser.hasRole(Roles.CITY_OFFICER)
                        || currentUser.hasRole(Roles.COUNTY_OFFICER)))
                .setLocale(PortalLocale.of(headers));
    }
}
