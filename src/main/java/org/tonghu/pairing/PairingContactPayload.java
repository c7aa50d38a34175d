package org.tonghu.pairing;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.tonghu.concern.ConcernView;

/** What recording a check-in wrote: the check-in, the concerns raised with it, and the pairing's new due date. */
@Type("PairingContactPayload")
public record PairingContactPayload(@NonNull PairingContactView contact, @NonNull List<@NonNull ConcernView> concerns,
        @NonNull PairingView pairing) {
}
