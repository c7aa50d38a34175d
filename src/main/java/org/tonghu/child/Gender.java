package org.tonghu.child;

/** As on the household register. */
public enum Gender {
    MALE, FEMALE
}
