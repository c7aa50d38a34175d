package org.tonghu.training;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A training session as the graph shows it. */
@Type("TrainingSession")
@Description("A training session for village child directors and township child supervisors (培训, policy §21).")
public record TrainingSessionView(
        @NonNull @Id @Description("The session's ID.") String id,
        @NonNull @Description("City or county.") TrainingLevel level,
        @NonNull @Description("The city or county running it.") String regionCode,
        @NonNull @Description("Who organized it.") String organizer,
        @NonNull @Description("When it was held.") LocalDate heldOn,
        @NonNull @Description("Its topic.") String topic,
        @NonNull @Description("Whether it is the city's demonstration training of the year (示范培训).")
        boolean demonstration,
        @NonNull @Description("How many directors and supervisors attended.") int attendees) {
}
