package org.tonghu.visit;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One aspect of the child's situation as the visitor found it. */
@Type("Situation")
@Description("How one aspect of the child's situation (living, study, health, safety, emotional) looked at a visit.")
public record SituationView(
        @NonNull @Description("How it looked.") SituationRating rating,
        @Description("A note.") String note) {

    static SituationView of(SituationRating rating, String note) {
        return rating == null ? null : new SituationView(rating, note);
    }
}
