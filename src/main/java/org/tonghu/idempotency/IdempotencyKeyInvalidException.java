package org.tonghu.idempotency;

import org.tonghu.graphql.DomainException;

import io.smallrye.graphql.api.ErrorCode;

/** The Idempotency-Key header is not 1 to 100 visible ASCII characters, or was sent twice; nothing was written. */
@ErrorCode("IDEMPOTENCY_KEY_INVALID")
public class IdempotencyKeyInvalidException extends DomainException {

    public IdempotencyKeyInvalidException() {
        super("The Idempotency-Key header must be one value of 1 to " + IdempotencyKeys.MAX_KEY_LENGTH
                + " visible ASCII characters.");
    }
}
