package org.tonghu.rehabilitation;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.child.ChildReferenceInput;

/** A rehabilitation step to record for a disabled child. */
@Input("RehabilitationInput")
@Description("A rehabilitation step to record for a disabled child.")
public record RehabilitationInput(
        @NonNull @Description("The child, by ID or by national ID number and name.") ChildReferenceInput child,
        @NonNull @Description("What kind of step it is.") RehabilitationKind kind,
        @NonNull @Description("Who screens, operates, fits or trains (up to 100 characters).") String provider,
        @NonNull LocalDate startsOn,
        LocalDate endsOn,
        @Description("Required for SURGERY, ASSISTIVE_DEVICE and REHABILITATION_TRAINING.") FundingSource fundingSource,
        @NonNull @Description("Where it stands.") RehabilitationStatus status,
        @Description("What screening or assessment found (up to 1000 characters).") String findings,
        @Description("Required for ASSISTIVE_DEVICE, e.g. 儿童轮椅 (up to 100 characters).") String device,
        @Description("Required for REHABILITATION_TRAINING.") Integer sessionsPlanned,
        @Description("Training sessions completed so far, for REHABILITATION_TRAINING.") Integer sessionsCompleted,
        @Description("Required once COMPLETED or DISCONTINUED (up to 1000 characters).") String outcome) {
}
