package org.tonghu.portal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

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
import org.tonghu.organization.OrganizationKind;
import org.tonghu.organization.OrganizationService;
import org.tonghu.organization.OrganizationView;
import org.tonghu.referral.ReferralConnection;
import org.tonghu.referral.ReferralDirection;
import org.tonghu.referral.ReferralFilter;
import org.tonghu.referral.ReferralService;
import org.tonghu.referral.ReferralStatus;
import org.tonghu.region.RegionService;
import org.tonghu.rehabilitation.RehabilitationService;
import org.tonghu.region.RegionView;
import org.tonghu.schedule.ComplianceReport;
import org.tonghu.schedule.ComplianceService;
import org.tonghu.schedule.ReportPeriodInput;
import org.tonghu.schedule.ScheduleService;
import org.tonghu.schedule.WorkListConnection;
import org.tonghu.security.CurrentUser;
import org.tonghu.security.Roles;
import org.tonghu.time.ChinaTime;

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
                boolean recorded, List<String> registries, ReferralConnection awaitingAnswer, boolean dashboard,
                ComplianceReport overview);
    }

    private final CurrentUser currentUser;
    private final RegionService regions;
    private final OrganizationService organizations;
    private final ScheduleService schedules;
    private final ConcernService concerns;
    private final ReferralService referrals;
    private final ComplianceService compliance;
    private final boolean demo;

    PortalResource(CurrentUser currentUser, RegionService regions, OrganizationService organizations,
            ScheduleService schedules, ConcernService concerns, ReferralService referrals, ComplianceService compliance,
            @ConfigProperty(name = "tonghu.demo-data.enabled") boolean demo) {
        this.referrals = referrals;
        this.compliance = compliance;
        this.currentUser = currentUser;
        this.regions = regions;
        this.organizations = organizations;
        this.schedules = schedules;
        this.concerns = concerns;
        this.demo = demo;
    }

    /**
     * The home page: who you are; for those who keep children's files the work list (overdue first) and the concerns
     * still open in their jurisdiction, except for a province officer, whose home is the province's overview (last
     * month's visits on time by city, leading to the dashboard); for a partner its registries (its own kind's first)
     * and the referrals waiting for its answer.
     */
    @GET
    public TemplateInstance home(@QueryParam("recorded") String recorded, @Context HttpHeaders headers) {
        boolean jurisdiction = currentUser.childScope().hasJurisdiction();
        boolean province = jurisdiction && currentUser.hasRole(Roles.PROVINCE_OFFICER);
        boolean keepsFiles = jurisdiction && !province;
        Optional<OrganizationView> organization = currentUser.organizationId().flatMap(organizations::findOrganization);
        boolean partner = currentUser.hasRole(Roles.PARTNER_STAFF) && organization.isPresent();
        return Templates.home(
                currentUser.displayName(),
                currentUser.roles(),
                currentUser.region().flatMap(regions::findRegion).orElse(null),
                organization.orElse(null),
                demo,
                keepsFiles ? schedules.workList(null, null, 20, null) : null,
                keepsFiles ? concerns.listConcerns(null, 5, null) : null,
                recorded != null,
                partner ? registriesOf(organization.get().kind()) : List.of(),
                partner ? referrals.listReferrals(new ReferralFilter(ReferralDirection.RECEIVED,
                        List.of(ReferralStatus.PENDING), null), 5, null) : null,
                jurisdiction && (currentUser.isCivilAffairsOfficer() || currentUser.hasRole(Roles.TOWNSHIP_SUPERVISOR)),
                province ? provinceOverview() : null)
                .setLocale(PortalLocale.of(headers));
    }

    /** Last month's visit compliance of the province officer's region, a row per city. */
    private ComplianceReport provinceOverview() {
        LocalDate lastMonth = ChinaTime.today().minusMonths(1);
        return currentUser.region().map(region -> compliance.visitCompliance(region.value(),
                new ReportPeriodInput(lastMonth.getYear(), lastMonth.getMonthValue(), null))).orElse(null);
    }

    /**
     * A partner's registries, its own kind's first: the Women's Federation's pairings (loving mothers), the Youth
     * League's activities (Tongxin Harbor), rehabilitation for the Disabled Persons' Federation and health bodies
     * (the only ones that may record it). Referrals are everyone's.
     */
    static List<String> registriesOf(OrganizationKind kind) {
        List<String> registries = new ArrayList<>(List.of("pairings", "activities"));
        if (RehabilitationService.PROVIDERS.contains(kind)) {
            registries.add(0, "rehabilitation");
        } else if (kind == OrganizationKind.YOUTH_LEAGUE) {
            Collections.swap(registries, 0, 1);
        }
        registries.add("referrals");
        return registries;
    }
}
