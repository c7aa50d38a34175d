package org.tonghu.graphql;

import java.util.List;

import io.smallrye.graphql.api.ErrorCode;

/**
 * The base of every error a client may see. Each subclass carries a stable {@link ErrorCode} that clients and
 * tests rely on; its message is written for the client and must never contain personal data.
 */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message, null, false, false);
    }

    /** The stable code of this error, from the subclass's {@link ErrorCode}. */
    public final String code() {
        ErrorCode errorCode = getClass().getAnnotation(ErrorCode.class);
        if (errorCode == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " has no @ErrorCode");
        }
        return errorCode.value();
    }

    /** Field- or line-level details, when the error is about input. */
    public List<Problem> problems() {
        return List.of();
    }
}
