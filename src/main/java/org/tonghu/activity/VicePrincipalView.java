package org.tonghu.activity;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A rule-of-law vice-principal (法治副校长) as the graph shows them. */
@Type("RuleOfLawVicePrincipal")
@Description("A rule-of-law vice-principal (法治副校长) at a school (policy §2).")
public record VicePrincipalView(
        @NonNull @Id @Description("The vice-principal's ID.") String id,
        @NonNull @Id @Description("The school (an organization of kind SCHOOL).") String schoolId,
        @NonNull @Description("The person's name.") String personName,
        @NonNull @Description("First day of service.") LocalDate startsOn,
        @Description("Last day of service; null while open-ended.") LocalDate endsOn) {

    static VicePrincipalView of(RuleOfLawVicePrincipal vicePrincipal) {
        return new VicePrincipalView(vicePrincipal.id.toString(), vicePrincipal.schoolOrganizationId.toString(),
                vicePrincipal.personName, vicePrincipal.startsOn, vicePrincipal.endsOn);
    }
}
