package org.tonghu.child;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The table of audiences and fields, checked cell by cell against the matrix below (x: shown), so that a change of
 * what an audience sees is a change of this page too.
 */
class ChildFieldPolicyTest {

    /** Columns in the order of {@link ChildField}; rows in the order of {@link ChildAudience}. */
    static final List<String> MATRIX = List.of(
            // ID  HOUSE RISK DISAB GUARD CARE DIREC SCHED
            "   x  x     x    x     x     x    x     x  ", // JURISDICTION
            "   .  .     .    .     .     x    x     .  ", // PAIRING
            "   .  .     .    x     .     x    x     .  ", // REHABILITATION
            "   .  .     .    .     .     .    .     .  ", // REFERRAL
            "   .  .     .    .     .     .    .     .  ", // ACTIVITY
            "   x  x     x    x     x     x    x     .  "); // PROTECTION_REPORT

    static Set<ChildField> expected(ChildAudience audience) {
        String[] cells = MATRIX.get(audience.ordinal()).trim().split("\\s+");
        assertEquals(ChildField.values().length, cells.length, "one cell per field");
        Set<ChildField> fields = EnumSet.noneOf(ChildField.class);
        for (ChildField field : ChildField.values()) {
            if (cells[field.ordinal()].equals("x")) {
                fields.add(field);
            }
        }
        return fields;
    }

    @ParameterizedTest
    @EnumSource(ChildAudience.class)
    void shouldShowEachAudienceTheFieldsOfItsRow(ChildAudience audience) {
        assertEquals(expected(audience), ChildFieldPolicy.fieldsFor(List.of(audience)), audience.name());
    }

    @Test
    void shouldShowACallerWhoReachesAChildInSeveralWaysWhatAnyOfThemShows() {
        assertEquals(expected(ChildAudience.REHABILITATION),
                ChildFieldPolicy.fieldsFor(List.of(ChildAudience.REFERRAL, ChildAudience.REHABILITATION)));
        assertEquals(EnumSet.allOf(ChildField.class),
                ChildFieldPolicy.fieldsFor(List.of(ChildAudience.PAIRING, ChildAudience.JURISDICTION)));
        assertEquals(EnumSet.noneOf(ChildField.class), ChildFieldPolicy.fieldsFor(List.of()), "no way in, nothing");
    }

    @Test
    void shouldLeaveEveryFieldTheAudienceMayNotSeeEmptyInTheView() {
        Child child = new Child();
        child.id = java.util.UUID.randomUUID();
        child.name = "王小明";
        child.gender = Gender.MALE;
        child.birthDate = java.time.LocalDate.of(2015, 3, 8);
        child.idNumber = "140521201503080112";
        child.householdRegionCode = "140521000000";
        child.residenceVillageCode = "140521901201";
        child.disabilityKind = "肢体残疾";
        child.disabilityGrade = (short) 2;
        child.riskLevel = RiskLevel.HIGH;
        child.schoolStatus = SchoolStatus.IN_SCHOOL;
        child.status = ChildStatus.ACTIVE;
        child.registeredOn = java.time.LocalDate.of(2025, 6, 1);
        Set<RiskFactor> risks = EnumSet.of(RiskFactor.CHILD_DISABILITY);
        for (ChildAudience audience : ChildAudience.values()) {
            Set<ChildField> fields = expected(audience);
            ChildView view = ChildFieldPolicy.view(child, EnumSet.of(ChildCategory.DISABLED), risks, fields);
            List<Object> shown = Arrays.asList(view.maskedIdNumber(), view.householdRegionCode(), view.riskFactors(),
                    view.disabilityKind());
            List<ChildField> byField = List.of(ChildField.ID_NUMBER, ChildField.HOUSEHOLD_REGION,
                    ChildField.RISK_FACTORS, ChildField.DISABILITY);
            for (int i = 0; i < byField.size(); i++) {
                assertEquals(fields.contains(byField.get(i)), shown.get(i) != null, audience + " " + byField.get(i));
            }
            assertEquals("王小明", view.name(), "who the child is shows to every audience");
            assertEquals(fields, view.fieldsShown());
        }
        assertEquals("1405**********0112", ChildFieldPolicy.view(child, Set.of(), risks,
                expected(ChildAudience.JURISDICTION)).maskedIdNumber(), "masked");
    }
}
