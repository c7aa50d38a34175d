package org.tonghu.training;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A training session as the graph shows it. */
@Type("TrainingSession")
public record TrainingSessionView(@NonNull @Id String id, @NonNull TrainingLevel level, @NonNull String regionCode,
        @NonNull String organizer, @NonNull LocalDate heldOn, @NonNull String topic, @NonNull boolean demonstration,
        @NonNull int attendees) {
}
