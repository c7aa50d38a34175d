package org.tonghu.child;

import java.util.List;

import org.tonghu.security.CurrentUser;
import org.tonghu.security.Roles;

/**
 * Which fields of a child's file each kind of caller sees: the one place this is decided.
 * <ul>
 * <li><b>Regional staff</b> (civil affairs, supervisors, directors) keep the file: they see every field, the national
 * ID number masked.</li>
 * <li><b>Partners</b> (partner staff, third-party apps) work with a child through a pairing, service or activity:
 * they see who the child is, where they live, their categories, risk level and school, and not the national ID
 * number, household registration, risk factors or disability details; of guardians, the name and relationship.</li>
 * </ul>
 */
public final class ChildFieldPolicy {

    /** The kinds of caller the policy tells apart. */
    public enum Audience {
        REGIONAL_STAFF,
        PARTNER
    }

    /** Roles that may see a child's full national ID number after stating a reason (an audited reveal). */
    static final List<String> MAY_REVEAL_ID_NUMBER = List.of(Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER,
            Roles.COUNTY_OFFICER, Roles.VILLAGE_DIRECTOR);

    private ChildFieldPolicy() {
    }

    /** Whether the caller's roles allow the audited reveal of a full national ID number. */
    public static boolean mayRevealIdNumber(CurrentUser user) {
        return MAY_REVEAL_ID_NUMBER.stream().anyMatch(user::hasRole);
    }

    public static Audience audienceOf(CurrentUser user) {
        return List.of(Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER, Roles.TOWNSHIP_SUPERVISOR,
                Roles.VILLAGE_DIRECTOR).stream().anyMatch(user::hasRole) ? Audience.REGIONAL_STAFF : Audience.PARTNER;
    }

    static ChildView view(Child child, java.util.Set<ChildCategory> categories, java.util.Set<RiskFactor> riskFactors,
            Audience audience) {
        boolean full = audience == Audience.REGIONAL_STAFF;
        return new ChildView(
                child.id.toString(),
                child.name,
                child.gender,
                child.birthDate,
                full ? NationalIdNumber.mask(child.idNumber) : null,
                full ? child.householdRegionCode : null,
                child.residenceVillageCode,
                categories.stream().sorted().toList(),
                full ? riskFactors.stream().sorted().toList() : null,
                child.riskLevel,
                full ? child.disabilityKind : null,
                full && child.disabilityGrade != null ? child.disabilityGrade.intValue() : null,
                new SchoolView(child.schoolName, child.schoolGrade, child.schoolStatus),
                child.status,
                child.closedReason,
                child.registeredOn,
                (int) child.version);
    }

    /** Whether guardians' contact details (phone, workplace, capacity) are shown to this audience. */
    public static boolean showsGuardianDetails(Audience audience) {
        return audience == Audience.REGIONAL_STAFF;
    }
}
