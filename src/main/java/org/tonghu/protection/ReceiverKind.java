package org.tonghu.protection;

import org.tonghu.organization.OrganizationKind;

/** The kinds of body that receive every mandatory report of a county. */
public enum ReceiverKind {
    PUBLIC_SECURITY(OrganizationKind.PUBLIC_SECURITY),
    CIVIL_AFFAIRS(OrganizationKind.CIVIL_AFFAIRS),
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
