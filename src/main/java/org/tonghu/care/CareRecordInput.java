package org.tonghu.care;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Help given to a child. */
@Input("CareRecordInput")
public record CareRecordInput(
        @NonNull CareKind kind,
        @Id @Description("The organization that gave the help; defaults to yours.") String providerOrganizationId,
        @NonNull @Description("Not in the future, not before the child's birth.") LocalDate providedOn,
        @NonNull @Description("What was given or done (up to 1000 characters).") String description) {
}
