package org.tonghu.portal.protection;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.tonghu.organization.OrganizationService;
import org.tonghu.protection.ReceiverKind;
import org.tonghu.security.CurrentUser;
import org.tonghu.security.Roles;

/**
 * What the home page and the child's file offer of mandatory reports ({@code inject:reporting}): the "报告" button to
 * whoever may report, and the queue to receivers. Read from small includes, so those pages change by a line.
 */
@Named("reporting")
@RequestScoped
public class ReportingLinks {

    /** Who may file a report: everyone who works with children (the API's roles for it). */
    static final List<String> REPORTERS = List.of(Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER,
            Roles.TOWNSHIP_SUPERVISOR, Roles.VILLAGE_DIRECTOR, Roles.PARTNER_STAFF);

    private final CurrentUser currentUser;
    private final OrganizationService organizations;
    private Boolean receiver;

    ReportingLinks(CurrentUser currentUser, OrganizationService organizations) {
        this.currentUser = currentUser;
        this.organizations = organizations;
    }

    public boolean mayReport() {
        return REPORTERS.stream().anyMatch(currentUser::hasRole);
    }

    /**
     * Whether the signed-in person handles reports: staff of a public-security, civil-affairs or education body, and
     * civil-affairs officers (who see their jurisdiction's reports and those escalated to them).
     */
    public boolean receiver() {
        if (receiver == null) {
            receiver = currentUser.isCivilAffairsOfficer() && currentUser.childScope().hasJurisdiction()
                    || currentUser.organizationId().flatMap(organizations::findOrganization)
                            .map(organization -> List.of(ReceiverKind.values()).stream()
                                    .anyMatch(kind -> kind.organizationKind() == organization.kind()))
                            .orElse(false);
        }
        return receiver;
    }
}
