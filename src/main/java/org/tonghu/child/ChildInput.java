package org.tonghu.child;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * What a caller may write about a child. Region, owner, creator, status and version fields are not here: they are
 * set by the service (no mass assignment).
 */
@Input("ChildInput")
@Description("What a caller may write about a child; region of jurisdiction, owner, status and version are set by "
        + "the service.")
public record ChildInput(
        @NonNull @Description("The child's name, up to 50 characters.") String name,
        @NonNull @Description("Gender, as on the household register.") Gender gender,
        @NonNull LocalDate birthDate,
        @Description("18 characters with a valid check character; its birth date must match birthDate.")
        String idNumber,
        @Description("Household-registration region code (户籍地), any level; optional.") String householdRegionCode,
        @NonNull @Description("A village inside your jurisdiction.") String residenceVillageCode,
        @NonNull @Description("The policy categories the child falls in; at least one.")
        List<@NonNull ChildCategory> categories,
        @Description("The risk factors that apply; any one makes the child HIGH risk.")
        List<@NonNull RiskFactor> riskFactors,
        @Description("The kind of disability, up to 30 characters.") String disabilityKind,
        @Description("The disability grade, 1 to 4.") Integer disabilityGrade,
        @Description("The school, up to 100 characters.") String schoolName,
        @Description("Grade or class, up to 20 characters.") String schoolGrade,
        @NonNull @Description("Where the child stands with school.") SchoolStatus schoolStatus,
        @Description("When the child entered care; the visit schedule runs from it. Defaults to today for a new "
                + "child and to the stored date on update.") LocalDate registeredOn) {
}
