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
public record VisitInput(
        @NonNull VisitKind kind,
        @Description("PHONE, VIDEO or MEETING for a contact; IN_HOME (the default) for a home visit.")
        ContactMode contactMode,
        @NonNull @Description("When the visit took place; not in the future, not before the child's birth.")
        OffsetDateTime visitedAt,
        @Description("Who was met: the child, the caregiver, ... (up to 200 characters).") String personsMet,
        SituationInput living,
        SituationInput study,
        SituationInput health,
        SituationInput safety,
        SituationInput emotional,
        GuardianshipObservationInput guardianship,
        @Description("Up to 2000 characters.") String notes,
        @DefaultValue("[]") @Description("References to evidence kept elsewhere (photo or document ids): up to 10 of "
                + "200 characters.") List<@NonNull String> evidenceReferences,
        @DefaultValue("[]") @Description("Concerns found at this visit; raised with it, in the same transaction.")
        List<@NonNull ConcernInput> concerns) {
}
