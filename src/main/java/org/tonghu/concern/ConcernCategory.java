package org.tonghu.concern;

/** What a concern is about. */
public enum ConcernCategory {
    GUARDIANSHIP, SAFETY, HEALTH, STUDY, PSYCHOLOGICAL, LIVING_CONDITIONS, BENEFITS, OTHER
}
