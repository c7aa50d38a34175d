package org.tonghu.organization;

import org.eclipse.microprofile.graphql.Description;

/** The kinds of agency and partner that work with Tonghu (see DOMAIN.md). */
@Description("The kinds of agency and partner that work with Tonghu (合作单位).")
public enum OrganizationKind {
    @Description("Communist Youth League (团委).")
    YOUTH_LEAGUE,
    @Description("Women's Federation (妇联).")
    WOMENS_FEDERATION,
    @Description("Disabled Persons' Federation (残联).")
    DISABLED_PERSONS_FEDERATION,
    @Description("Civil affairs (民政).")
    CIVIL_AFFAIRS,
    @Description("Education bureau (教育).")
    EDUCATION,
    @Description("A school (学校).")
    SCHOOL,
    @Description("Police (公安).")
    PUBLIC_SECURITY,
    @Description("Court (法院).")
    COURT,
    @Description("Procuratorate (检察院).")
    PROCURATORATE,
    @Description("Justice bureau (司法).")
    JUSTICE,
    @Description("Health (卫健).")
    HEALTH,
    @Description("Human resources and social security (人社).")
    HUMAN_RESOURCES,
    @Description("Emergency management (应急管理).")
    EMERGENCY_MANAGEMENT,
    @Description("Cyberspace administration (网信).")
    CYBERSPACE,
    @Description("Child welfare institution (儿童福利机构).")
    CHILD_WELFARE_INSTITUTION,
    @Description("Minor protection centre (未成年人救助保护机构).")
    MINOR_PROTECTION_CENTER,
    @Description("Registered social organization (社会组织).")
    NGO
}
