package org.tonghu.visit;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** One aspect of the child's situation as the visitor found it. */
@Input("SituationInput")
@Description("How one aspect of the child's situation looked at the visit.")
public record SituationInput(
        @NonNull @Description("How it looked.") SituationRating rating,
        @Description("Up to 500 characters.") String note) {
}
