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
        @NonNull @Id @Description("The visit's ID.") String id,
        @NonNull @Id @Description("The child visited.") String childId,
        @NonNull @Description("A contact or a home visit.") VisitKind kind,
        @NonNull @Description("How the visitor reached the child.") ContactMode contactMode,
        @NonNull OffsetDateTime visitedAt,
        @NonNull @Description("The visit's date in China Standard Time; the schedule counts by it.")
        LocalDate visitedOn,
        @NonNull @Description("In what capacity the visitor came.") VisitorRole visitorRole,
        @NonNull @Description("The visitor's name.") String visitorName,
        @Id @Description("The visitor's organization, if any.") String visitorOrganizationId,
        @Description("Who was met.") String personsMet,
        @Description("Living conditions (生活).") SituationView living,
        @Description("School and study (学习).") SituationView study,
        @Description("Health (健康).") SituationView health,
        @Description("Safety (安全).") SituationView safety,
        @Description("Emotional wellbeing (心理情绪).") SituationView emotional,
        @Description("What the visitor saw of the child's care at home.") GuardianshipObservationView guardianship,
        @Description("Notes.") String notes,
        @NonNull @Description("References to evidence kept elsewhere (photo or document IDs).")
        List<@NonNull String> evidenceReferences,
        @Id @Description("The visit this one corrects.") String supersedesId,
        @Id @Description("The correction of this visit, if it was corrected.") String supersededById,
        @Description("Why it was corrected, on a correction.") String correctionReason,
        @NonNull OffsetDateTime recordedAt,
        @NonNull @Description("Pass as expectedVersion when correcting.") int version) {
}
