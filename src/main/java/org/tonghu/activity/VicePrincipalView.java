package org.tonghu.activity;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A rule-of-law vice-principal (法治副校长) as the graph shows them. */
@Type("RuleOfLawVicePrincipal")
public record VicePrincipalView(@NonNull @Id String id, @NonNull @Id String schoolId, @NonNull String personName,
        @NonNull LocalDate startsOn, LocalDate endsOn) {

    static VicePrincipalView of(RuleOfLawVicePrincipal vicePrincipal) {
        return new VicePrincipalView(vicePrincipal.id.toString(), vicePrincipal.schoolOrganizationId.toString(),
                vicePrincipal.personName, vicePrincipal.startsOn, vicePrincipal.endsOn);
    }
}
