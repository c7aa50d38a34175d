package org.tonghu.visit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A visit as the graph shows it. A corrected visit stays, with supersededBy naming its correction. */
@Type("Visit")
@Description("A contact or home visit (走访) and what the visitor found.")
public record VisitView(
        @NonNull @Id String id,
        @NonNull @Id String childId,
        @NonNull VisitKind kind,
        @NonNull ContactMode contactMode,
        @NonNull OffsetDateTime visitedAt,
        @NonNull @Description("The visit's date in China Standard Time; the schedule counts by it.")
        LocalDate visitedOn,
        @NonNull VisitorRole visitorRole,
        @NonNull String visitorName,
        @Id String visitorOrganizationId,
        String personsMet,
        SituationView living,
        SituationView study,
        SituationView health,
        SituationView safety,
        SituationView emotional,
        GuardianshipObservationView guardianship,
        String notes,
        @NonNull List<@NonNull String> evidenceReferences,
        @Id @Description("The visit this one corrects.") String supersedesId,
        @Id @Description("The correction of this visit, if it was corrected.") String supersededById,
        String correctionReason,
        @NonNull OffsetDateTime recordedAt,
        @NonNull @Description("Pass as expectedVersion when correcting.") int version) {
}
