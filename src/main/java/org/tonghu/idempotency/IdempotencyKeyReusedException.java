package org.tonghu.idempotency;

import org.tonghu.graphql.DomainException;

import io.smallrye.graphql.api.ErrorCode;

/** The idempotency key was used before for the same mutation with other arguments; nothing was written. */
@ErrorCode("IDEMPOTENCY_KEY_REUSED")
public class IdempotencyKeyReusedException extends DomainException {

    public IdempotencyKeyReusedException() {
        super("This Idempotency-Key was used for this mutation with other arguments; use a new key for a new request.");
    }
}
