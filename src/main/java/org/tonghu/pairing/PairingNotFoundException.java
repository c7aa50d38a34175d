package org.tonghu.pairing;

import org.tonghu.graphql.NotFoundException;

import io.smallrye.graphql.api.ErrorCode;

/** No pairing with this id of the caller's organization. */
@ErrorCode("PAIRING_NOT_FOUND")
public class PairingNotFoundException extends NotFoundException {

    public PairingNotFoundException() {
        super("No pairing with this id.");
    }
}
