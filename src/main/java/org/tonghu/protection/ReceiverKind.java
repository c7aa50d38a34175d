package org.tonghu.protection;

import org.eclipse.microprofile.graphql.Description;
import org.tonghu.organization.OrganizationKind;

/** The kinds of body that receive every mandatory report of a county. */
@Description("The kinds of body that receive every mandatory report of a county.")
public enum ReceiverKind {
    @Description("Police (公安).")
    PUBLIC_SECURITY(OrganizationKind.PUBLIC_SECURITY),
    @Description("Civil affairs (民政).")
    CIVIL_AFFAIRS(OrganizationKind.CIVIL_AFFAIRS),
    @Description("Education (教育).")
    EDUCATION(OrganizationKind.EDUCATION);

    private final OrganizationKind organizationKind;

    ReceiverKind(OrganizationKind organizationKind) {
        this.organizationKind = organizationKind;
    }

    /** The kind of organization that receives for this kind. */
    public OrganizationKind organizationKind() {
        return organizationKind;
    }
}
