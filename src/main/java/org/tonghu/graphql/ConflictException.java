package org.tonghu.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** The record changed since the caller read it (a stale expectedVersion); nothing was written. */
@ErrorCode("CONFLICT")
public class ConflictException extends DomainException {

    /** The schema's description of every {@code expectedVersion} argument. */
    public static final String EXPECTED_VERSION = "The version field as you last read it; if the record "
            + "changed since, CONFLICT and nothing changes.";

    public ConflictException() {
        super("The record was changed by someone else; read it again and reapply your change.");
    }
}
