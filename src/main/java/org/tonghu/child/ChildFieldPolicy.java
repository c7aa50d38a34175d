package org.tonghu.child;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tonghu.security.CurrentUser;
import org.tonghu.security.Roles;

/**
 * What a caller sees of a child, by how the caller reaches the child ({@link ChildAudience}): the one table of
 * audiences and fields. Every feature that shows something of a child (the child, its guardians' and directors'
 * contacts, its visit schedule, the sections of its file) asks the child's {@link ChildView#fieldsShown()}.
 * <ul>
 * <li><b>Jurisdiction</b>: regional staff keep the file and see everything, the national ID number masked.</li>
 * <li><b>Pairing</b>: a loving mother or buddy needs to reach the person who looks after the child, and the
 * village's director; nothing about the family's registration, risks or health.</li>
 * <li><b>Rehabilitation</b>: a provider needs the disability's kind and grade, the caregiver and the director.</li>
 * <li><b>Referral</b> and <b>activity</b>: who the child is, and nothing more; the referral itself says what is
 * needed, and its sender is the contact.</li>
 * <li><b>Mandatory report</b>: a receiving body (police, education, civil affairs) acting on harm must identify the
 * child and reach every guardian (one may be the harm's source), the caregiver and the director; it sees the file
 * but not the director's visit schedule, and the ID number masked like everyone.</li>
 * </ul>
 */
public final class ChildFieldPolicy {

    /** The table: what each audience sees beyond who the child is. */
    static final Map<ChildAudience, Set<ChildField>> FIELDS_BY_AUDIENCE = fieldsByAudience();

    /** Roles that may see a child's full national ID number after stating a reason (an audited reveal). */
    static final List<String> MAY_REVEAL_ID_NUMBER = List.of(Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER,
            Roles.COUNTY_OFFICER, Roles.VILLAGE_DIRECTOR);

    private ChildFieldPolicy() {
    }

    private static Map<ChildAudience, Set<ChildField>> fieldsByAudience() {
        Map<ChildAudience, Set<ChildField>> table = new EnumMap<>(ChildAudience.class);
        table.put(ChildAudience.JURISDICTION, EnumSet.allOf(ChildField.class));
        table.put(ChildAudience.PAIRING, EnumSet.of(ChildField.CAREGIVER_PHONE, ChildField.DIRECTOR_PHONE));
        table.put(ChildAudience.REHABILITATION, EnumSet.of(ChildField.DISABILITY, ChildField.CAREGIVER_PHONE,
                ChildField.DIRECTOR_PHONE));
        table.put(ChildAudience.REFERRAL, EnumSet.noneOf(ChildField.class));
        table.put(ChildAudience.ACTIVITY, EnumSet.noneOf(ChildField.class));
        table.put(ChildAudience.PROTECTION_REPORT, EnumSet.complementOf(EnumSet.of(ChildField.VISIT_SCHEDULE)));
        return table;
    }

    /** What a caller who reaches a child in these ways sees of it: the union of what each way shows. */
    public static Set<ChildField> fieldsFor(Collection<ChildAudience> audiences) {
        Set<ChildField> fields = EnumSet.noneOf(ChildField.class);
        audiences.forEach(audience -> fields.addAll(FIELDS_BY_AUDIENCE.get(audience)));
        return fields;
    }

    /** Whether the caller's roles allow the audited reveal of a full national ID number. */
    public static boolean mayRevealIdNumber(CurrentUser user) {
        return MAY_REVEAL_ID_NUMBER.stream().anyMatch(user::hasRole);
    }

    static ChildView view(Child child, Set<ChildCategory> categories, Set<RiskFactor> riskFactors,
            Set<ChildField> fields) {
        boolean disability = fields.contains(ChildField.DISABILITY);
        return new ChildView(
                child.id.toString(),
                child.name,
                child.gender,
                child.birthDate,
                fields.contains(ChildField.ID_NUMBER) ? NationalIdNumber.mask(child.idNumber) : null,
                fields.contains(ChildField.HOUSEHOLD_REGION) ? child.householdRegionCode : null,
                child.residenceVillageCode,
                categories.stream().sorted().toList(),
                fields.contains(ChildField.RISK_FACTORS) ? riskFactors.stream().sorted().toList() : null,
                child.riskLevel,
                disability ? child.disabilityKind : null,
                disability && child.disabilityGrade != null ? child.disabilityGrade.intValue() : null,
                new SchoolView(child.schoolName, child.schoolGrade, child.schoolStatus),
                child.status,
                child.closedReason,
                child.registeredOn,
                (int) child.version,
                Set.copyOf(fields));
    }
}
