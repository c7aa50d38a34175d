package org.tonghu.guardian;

import org.eclipse.microprofile.graphql.Description;

/** Whether a guardian is able to care for the child (监护能力). */
@Description("Whether a guardian is able to care for the child (监护能力).")
public enum GuardianshipCapacity {
    @Description("Able to care for the child.")
    ABLE,
    @Description("Able only in part.")
    LIMITED,
    @Description("Unable to care for the child.")
    UNABLE
}
