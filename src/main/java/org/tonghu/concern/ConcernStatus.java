package org.tonghu.concern;

/** Where a concern stands: RESOLVED needs a resolution and its date, REFERRED names who it went to. */
public enum ConcernStatus {
    OPEN, IN_PROGRESS, RESOLVED, REFERRED
}
