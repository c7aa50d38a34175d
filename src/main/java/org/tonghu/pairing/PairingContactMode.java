package org.tonghu.pairing;

/** How a volunteer and a paired child were in touch. */
public enum PairingContactMode {
    PHONE, VIDEO, MEETING, HOME_VISIT, ACTIVITY
}
