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
public record ChildInput(
        @NonNull String name,
        @NonNull Gender gender,
        @NonNull LocalDate birthDate,
        @Description("18 characters with a valid check character; its birth date must match birthDate.")
        String idNumber,
        String householdRegionCode,
        @NonNull @Description("A village inside your jurisdiction.") String residenceVillageCode,
        @NonNull List<@NonNull ChildCategory> categories,
        List<@NonNull RiskFactor> riskFactors,
        String disabilityKind,
        Integer disabilityGrade,
        String schoolName,
        String schoolGrade,
        @NonNull SchoolStatus schoolStatus,
        @Description("When the child entered care; the visit schedule runs from it. Defaults to today for a new "
                + "child and to the stored date on update.") LocalDate registeredOn) {
}
