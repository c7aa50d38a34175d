package org.tonghu.pairing;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.concern.ConcernInput;

/** A check-in between the volunteer and the child. */
@Input("PairingContactInput")
@Description("A check-in between the volunteer and the child.")
public record PairingContactInput(
        @NonNull @Description("Not before the pairing started, not in the future.") LocalDate contactedOn,
        @NonNull @Description("How they were in touch.") PairingContactMode mode,
        @Description("Up to 2000 characters.") String notes,
        @DefaultValue("[]") @Description("Concerns found; they reach the child's director.")
        List<@NonNull ConcernInput> concerns) {
}
