package org.tonghu.graphql;

/**
 * Base of the "no such thing" errors. An id that exists but lies outside the caller's scope gets exactly the same
 * error as one that does not exist.
 */
public abstract class NotFoundException extends DomainException {

    protected NotFoundException(String message) {
        super(message);
    }
}
