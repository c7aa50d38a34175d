package org.tonghu.pairing;

import org.eclipse.microprofile.graphql.Description;

/** How a volunteer and a paired child were in touch. */
@Description("How a volunteer and a paired child were in touch.")
public enum PairingContactMode {
    @Description("By phone.")
    PHONE,
    @Description("By video call.")
    VIDEO,
    @Description("Met in person.")
    MEETING,
    @Description("At the child's home.")
    HOME_VISIT,
    @Description("At an activity.")
    ACTIVITY
}
