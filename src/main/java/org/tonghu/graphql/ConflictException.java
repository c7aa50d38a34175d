package org.tonghu.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** The record changed since the caller read it (a stale expectedVersion); nothing was written. */
@ErrorCode("CONFLICT")
public class ConflictException extends DomainException {

    public ConflictException() {
        super("The record was changed by someone else; read it again and reapply your change.");
    }
}
