package org.tonghu.child;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * A child as the graph shows it. Which fields a caller sees is decided by {@link ChildFieldPolicy} from how the caller
 * reaches the child, and kept in {@code fieldsShown} (not part of the graph) for the features that show more of the
 * child (guardians, directors, schedule); a field the caller may not see is null. The national ID number is always
 * masked here ({@code maskedIdNumber}, {@code idNumber} in the graph); see {@code revealIdNumber}.
 */
@Type("Child")
@Description("A child in the care system: basic information of the child's file (一人一档).")
public record ChildView(
        @NonNull @Id @Description("The child's ID.") String id,
        @NonNull @Description("The child's name.") String name,
        @NonNull @Description("Gender, as on the household register.") Gender gender,
        @NonNull LocalDate birthDate,
        @Name("idNumber") @Description("Masked, e.g. 1405**********123X. Null for callers whose work does not need "
                + "it.") String maskedIdNumber,
        @Description("Household-registration region code.") String householdRegionCode,
        @NonNull @Description("The village the child lives in.") String residenceVillageCode,
        @NonNull @Description("The policy categories the child falls in (at least one).")
        List<@NonNull ChildCategory> categories,
        @Description("Null for callers whose work does not need it.") List<@NonNull RiskFactor> riskFactors,
        @NonNull @Description("HIGH when any risk factor applies; decides the visit frequency.") RiskLevel riskLevel,
        @Description("The kind of disability, as recorded (free text). Null for callers whose work does not need it.")
        String disabilityKind,
        @Description("The disability grade, 1 (most severe) to 4. Null for callers whose work does not need it.")
        Integer disabilityGrade,
        @NonNull @Description("Where and how the child goes to school.") SchoolView school,
        @NonNull @Description("Whether the child's file is open.") ChildStatus status,
        @Description("Why the file was closed; null while ACTIVE.") ClosedReason closedReason,
        @NonNull @Description("When the child entered care.") LocalDate registeredOn,
        @NonNull @Description("Pass as expectedVersion when updating.") int version,
        @Ignore Set<ChildField> fieldsShown) {

    /** Whether the caller, by how it reaches this child, sees this part of the child's data. */
    public boolean shows(ChildField field) {
        return fieldsShown.contains(field);
    }

    /**
     * The id's hash: views are the keys of the graph's batch loaders, hashed for every nested field of every child,
     * and the record's own hash walked every component (lists and sets included). Equal views have equal ids, so
     * this keeps the contract; equality stays the record's. (A view with no id is only ever built by tests.)
     */
    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
