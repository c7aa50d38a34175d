package org.tonghu.audit;

/** How an audited access ended. */
public enum AuditResult {
    SUCCESS,
    DENIED,
    NOT_FOUND,
    INVALID,
    CONFLICT
}
