package org.tonghu.portal.child;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.FormParam;

import org.tonghu.child.ChildCategory;
import org.tonghu.child.ChildInput;
import org.tonghu.child.ChildView;
import org.tonghu.child.Gender;
import org.tonghu.child.RiskFactor;
import org.tonghu.child.SchoolStatus;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.portal.FormValues;

/**
 * The form for a child's basic information, as posted. The full national ID number is never in it: left blank, the
 * stored number stays; typed, it replaces the stored one (checked like the API's). Field names are the API's.
 */
public class ChildEditForm {

    @FormParam("version")
    public int version;
    @FormParam("name")
    public String name;
    @FormParam("gender")
    public String gender;
    @FormParam("birthDate")
    public String birthDate;
    @FormParam("idNumber")
    public String idNumber;
    @FormParam("householdRegionCode")
    public String householdRegionCode;
    @FormParam("residenceVillageCode")
    public String residenceVillageCode;
    @FormParam("categories")
    public List<String> categories;
    @FormParam("riskFactors")
    public List<String> riskFactors;
    @FormParam("disabilityKind")
    public String disabilityKind;
    @FormParam("disabilityGrade")
    public String disabilityGrade;
    @FormParam("schoolName")
    public String schoolName;
    @FormParam("schoolGrade")
    public String schoolGrade;
    @FormParam("schoolStatus")
    public String schoolStatus;
    @FormParam("registeredOn")
    public String registeredOn;

    /** The form filled from the child as stored now. */
    static ChildEditForm of(ChildView child) {
        ChildEditForm form = new ChildEditForm();
        form.version = child.version();
        form.name = child.name();
        form.gender = child.gender().name();
        form.birthDate = child.birthDate().toString();
        form.householdRegionCode = child.householdRegionCode();
        form.residenceVillageCode = child.residenceVillageCode();
        form.categories = child.categories().stream().map(Enum::name).toList();
        form.riskFactors = child.riskFactors() == null ? List.of()
                : child.riskFactors().stream().map(Enum::name).toList();
        form.disabilityKind = child.disabilityKind();
        form.disabilityGrade = child.disabilityGrade() == null ? null : child.disabilityGrade().toString();
        form.schoolName = child.school().name();
        form.schoolGrade = child.school().grade();
        form.schoolStatus = child.school().status().name();
        form.registeredOn = child.registeredOn().toString();
        return form;
    }

    public boolean hasCategory(String category) {
        return categories != null && categories.contains(category);
    }

    public boolean hasRiskFactor(String factor) {
        return riskFactors != null && riskFactors.contains(factor);
    }

    /** Whether the user typed a new ID number (otherwise the stored one stays). */
    boolean replacesIdNumber() {
        return !FormValues.blank(idNumber);
    }

    ChildInput toInput() {
        return new ChildInput(name, FormValues.choice(Gender.class, gender, "gender"),
                date(birthDate, "birthDate", "BIRTH_DATE_INVALID"), blankToNull(idNumber),
                blankToNull(householdRegionCode), residenceVillageCode == null ? "" : residenceVillageCode.strip(),
                (categories == null ? List.<String>of() : categories).stream()
                        .map(category -> FormValues.choice(ChildCategory.class, category, "categories")).toList(),
                (riskFactors == null ? List.<String>of() : riskFactors).stream()
                        .map(factor -> FormValues.choice(RiskFactor.class, factor, "riskFactors")).toList(),
                blankToNull(disabilityKind), grade(), blankToNull(schoolName), blankToNull(schoolGrade),
                FormValues.choice(SchoolStatus.class, schoolStatus, "schoolStatus"),
                FormValues.blank(registeredOn) ? null : date(registeredOn, "registeredOn", "REGISTERED_ON_INVALID"));
    }

    private Integer grade() {
        if (FormValues.blank(disabilityGrade)) {
            return null;
        }
        try {
            return Integer.valueOf(disabilityGrade.strip());
        } catch (NumberFormatException e) {
            throw ValidationFailedException.of("disabilityGrade", "DISABILITY_GRADE_OUT_OF_RANGE", "1 to 4.");
        }
    }

    private static LocalDate date(String text, String field, String code) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeException e) {
            throw ValidationFailedException.of(field, code, field + " is not a date.");
        }
    }

    private static String blankToNull(String text) {
        return FormValues.blank(text) ? null : text.strip();
    }
}
