package org.tonghu.visit;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.concern.ConcernInput;

/**
 * What a visitor records. The visitor (name, role, organization) is the signed-in user, not input; the child is an
 * argument of the mutation.
 */
@Input("VisitInput")
@Description("A contact or home visit as the visitor records it; the visitor is the signed-in user.")
public record VisitInput(
        @NonNull @Description("A contact or a home visit.") VisitKind kind,
        @Description("PHONE, VIDEO or MEETING for a contact; IN_HOME (the default) for a home visit.")
        ContactMode contactMode,
        @NonNull @Description("When the visit took place; not in the future, not before the child's birth.")
        OffsetDateTime visitedAt,
        @Description("Who was met: the child, the caregiver, ... (up to 200 characters).") String personsMet,
        @Description("Living conditions (生活).") SituationInput living,
        @Description("School and study (学习).") SituationInput study,
        @Description("Health (健康).") SituationInput health,
        @Description("Safety (安全).") SituationInput safety,
        @Description("Emotional wellbeing (心理情绪).") SituationInput emotional,
        @Description("What you saw of the child's care at home.") GuardianshipObservationInput guardianship,
        @Description("Up to 2000 characters.") String notes,
        @DefaultValue("[]") @Description("References to evidence kept elsewhere (photo or document ids): up to 10 "
                + "of 200 characters.") List<@NonNull String> evidenceReferences,
        @DefaultValue("[]") @Description("Concerns found at this visit; raised with it, in the same transaction.")
        List<@NonNull ConcernInput> concerns) {
}
