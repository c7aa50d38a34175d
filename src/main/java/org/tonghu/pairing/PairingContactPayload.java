package org.tonghu.pairing;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.tonghu.concern.ConcernView;

/** What recording a check-in wrote: the check-in, the concerns raised with it, and the pairing's new due date. */
@Type("PairingContactPayload")
@Description("What recording a check-in wrote: the check-in, the concerns raised with it, and the pairing with its "
        + "new due date.")
public record PairingContactPayload(
        @NonNull @Description("The check-in.") PairingContactView contact,
        @NonNull @Description("The concerns raised with it; they reach the child's director.")
        List<@NonNull ConcernView> concerns,
        @NonNull @Description("The pairing, with its next check-in date.") PairingView pairing) {
}
