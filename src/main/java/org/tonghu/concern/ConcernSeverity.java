package org.tonghu.concern;

/** How serious a concern is; URGENT calls for action the same day. */
public enum ConcernSeverity {
    LOW, MEDIUM, HIGH, URGENT
}
