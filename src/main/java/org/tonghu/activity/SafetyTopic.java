package org.tonghu.activity;

/** What safety education covers (policy §14). */
public enum SafetyTopic {
    DROWNING, BULLYING, SEXUAL_ABUSE, ROAD_SAFETY, FIRE, OTHER
}
