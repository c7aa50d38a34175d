package org.tonghu.security;

import java.util.List;

/**
 * The roles a Tonghu user can hold, as they appear in the token's {@code roles} claim. Use these constants in
 * {@code @RolesAllowed}; never spell a role as a literal elsewhere.
 */
public final class Roles {

    /** Civil-affairs staff of the province. */
    public static final String PROVINCE_OFFICER = "province-officer";
    /** Civil-affairs staff of a city. */
    public static final String CITY_OFFICER = "city-officer";
    /** Civil-affairs staff of a county (县/市/区). */
    public static final String COUNTY_OFFICER = "county-officer";
    /** Township child supervisor (儿童督导员). */
    public static final String TOWNSHIP_SUPERVISOR = "township-supervisor";
    /** Village child director (儿童主任). */
    public static final String VILLAGE_DIRECTOR = "village-director";
    /** Staff of a partner organization: Youth League, Women's Federation, Disabled Persons' Federation, NGO, ... */
    public static final String PARTNER_STAFF = "partner-staff";
    /** Another agency's system or a volunteer app, calling with client credentials on behalf of one organization. */
    public static final String THIRD_PARTY_APP = "third-party-app";
    /** Reads the audit trail; sees no children's data. */
    public static final String AUDITOR = "auditor";
    /** Runs the system: reference data and configuration; sees no children's data by default. */
    public static final String SYSTEM_ADMINISTRATOR = "system-administrator";

    /** Every role, in the order above. */
    public static final List<String> ALL = List.of(PROVINCE_OFFICER, CITY_OFFICER, COUNTY_OFFICER, TOWNSHIP_SUPERVISOR,
            VILLAGE_DIRECTOR, PARTNER_STAFF, THIRD_PARTY_APP, AUDITOR, SYSTEM_ADMINISTRATOR);

    /** Roles that work with children by region: they see and keep the files of the children in their jurisdiction. */
    public static final List<String> REGIONAL = List.of(PROVINCE_OFFICER, CITY_OFFICER, COUNTY_OFFICER,
            TOWNSHIP_SUPERVISOR, VILLAGE_DIRECTOR);

    /** Civil-affairs officers of the province, a city or a county: they read reports over their jurisdiction. */
    public static final List<String> CIVIL_AFFAIRS_OFFICERS = List.of(PROVINCE_OFFICER, CITY_OFFICER, COUNTY_OFFICER);

    /** Roles that reach children only through their organization's active relationships. */
    public static final List<String> RELATIONSHIP = List.of(PARTNER_STAFF, THIRD_PARTY_APP);

    private Roles() {
    }
}
