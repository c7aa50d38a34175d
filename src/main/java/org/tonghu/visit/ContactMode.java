package org.tonghu.visit;

import org.eclipse.microprofile.graphql.Description;

/** How the visitor reached the child: a home visit is always IN_HOME, a contact any of the others. */
@Description("How the visitor reached the child: a home visit is always IN_HOME, a contact any of the others.")
public enum ContactMode {
    @Description("By phone.")
    PHONE,
    @Description("By video call.")
    VIDEO,
    @Description("Met in person outside the home.")
    MEETING,
    @Description("At the child's home (入户).")
    IN_HOME
}
