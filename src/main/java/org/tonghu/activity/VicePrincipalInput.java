package org.tonghu.activity;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A rule-of-law vice-principal's appointment at a school. */
@Input("VicePrincipalInput")
public record VicePrincipalInput(@NonNull @Id String schoolId, @NonNull String personName, @NonNull LocalDate startsOn,
        LocalDate endsOn) {
}
