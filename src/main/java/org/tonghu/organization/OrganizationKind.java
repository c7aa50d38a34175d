package org.tonghu.organization;

/** The kinds of agency and partner that work with Tonghu (see DOMAIN.md). */
public enum OrganizationKind {
    YOUTH_LEAGUE,
    WOMENS_FEDERATION,
    DISABLED_PERSONS_FEDERATION,
    CIVIL_AFFAIRS,
    EDUCATION,
    SCHOOL,
    PUBLIC_SECURITY,
    COURT,
    PROCURATORATE,
    JUSTICE,
    HEALTH,
    HUMAN_RESOURCES,
    EMERGENCY_MANAGEMENT,
    CYBERSPACE,
    CHILD_WELFARE_INSTITUTION,
    MINOR_PROTECTION_CENTER,
    NGO
}
