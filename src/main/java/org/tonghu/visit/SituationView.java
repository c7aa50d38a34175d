package org.tonghu.visit;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One aspect of the child's situation as the visitor found it. */
@Type("Situation")
public record SituationView(@NonNull SituationRating rating, String note) {

    static SituationView of(SituationRating rating, String note) {
        return rating == null ? null : new SituationView(rating, note);
    }
}
