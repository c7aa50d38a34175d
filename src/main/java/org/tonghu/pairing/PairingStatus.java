package org.tonghu.pairing;

import org.eclipse.microprofile.graphql.Description;

/** A pairing is active until it is ended, with a reason. */
@Description("A pairing is active until it is ended, with a reason.")
public enum PairingStatus {
    @Description("Active.")
    ACTIVE,
    @Description("Ended; see endReason.")
    ENDED
}
