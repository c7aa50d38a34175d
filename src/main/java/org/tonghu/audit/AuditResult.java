package org.tonghu.audit;

import org.eclipse.microprofile.graphql.Description;

/** How an audited access ended. */
@Description("How an audited access ended.")
public enum AuditResult {
    @Description("The access succeeded.")
    SUCCESS,
    @Description("Refused: the caller may not do this.")
    DENIED,
    @Description("The record does not exist or is out of the caller's reach.")
    NOT_FOUND,
    @Description("Refused: the input failed validation.")
    INVALID,
    @Description("Refused: the record changed since the caller read it.")
    CONFLICT
}
