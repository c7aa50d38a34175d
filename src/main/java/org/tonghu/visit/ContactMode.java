package org.tonghu.visit;

/** How the visitor reached the child: a home visit is always IN_HOME, a contact any of the others. */
public enum ContactMode {
    PHONE,
    VIDEO,
    MEETING,
    IN_HOME
}
