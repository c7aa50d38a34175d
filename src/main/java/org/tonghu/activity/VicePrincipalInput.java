package org.tonghu.activity;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A rule-of-law vice-principal's appointment at a school. */
@Input("VicePrincipalInput")
@Description("A rule-of-law vice-principal to register at a school.")
public record VicePrincipalInput(
        @NonNull @Id @Description("The school (an organization of kind SCHOOL).") String schoolId,
        @NonNull @Description("The person's name.") String personName,
        @NonNull @Description("First day of service.") LocalDate startsOn,
        @Description("Last day of service; omit while open-ended.") LocalDate endsOn) {
}
