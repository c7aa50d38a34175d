package org.tonghu.activity;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.child.ChildReferenceInput;

/** Who attended: children (by id, or by national ID number and name) and, for family education, guardians. */
@Input("AttendanceInput")
@Description("Who attended an activity: children by ID or by national ID number and name, and guardians by ID.")
public record AttendanceInput(
        @DefaultValue("[]") @Description("Up to 500 children.") List<@NonNull ChildReferenceInput> children,
        @DefaultValue("[]") @Description("Guardians of attending children (family education).")
        List<@NonNull String> guardianIds) {
}
