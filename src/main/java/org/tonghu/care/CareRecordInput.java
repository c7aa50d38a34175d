package org.tonghu.care;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Help given to a child. */
@Input("CareRecordInput")
@Description("Help given to a child, to record.")
public record CareRecordInput(
        @NonNull @Description("What kind of help it was.") CareKind kind,
        @Id @Description("The organization that gave the help; defaults to yours.") String providerOrganizationId,
        @NonNull @Description("Not in the future, not before the child's birth.") LocalDate providedOn,
        @NonNull @Description("What was given or done (up to 1000 characters).") String description) {
}
