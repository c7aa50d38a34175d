package org.tonghu.guardian;

/** Whether a guardian is able to care for the child (监护能力). */
public enum GuardianshipCapacity {
    ABLE,
    LIMITED,
    UNABLE
}
