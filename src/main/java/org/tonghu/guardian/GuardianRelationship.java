package org.tonghu.guardian;

/** How a guardian is related to a child. */
public enum GuardianRelationship {
    FATHER,
    MOTHER,
    GRANDPARENT,
    SIBLING,
    OTHER_RELATIVE,
    ENTRUSTED_CAREGIVER,
    OTHER
}
