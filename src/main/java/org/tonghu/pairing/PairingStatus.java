package org.tonghu.pairing;

/** A pairing is active until it is ended, with a reason. */
public enum PairingStatus {
    ACTIVE, ENDED
}
