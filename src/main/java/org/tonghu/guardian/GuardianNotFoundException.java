package org.tonghu.guardian;

import org.tonghu.graphql.NotFoundException;

import io.smallrye.graphql.api.ErrorCode;

/** No guardian with this id in the caller's scope. */
@ErrorCode("GUARDIAN_NOT_FOUND")
public class GuardianNotFoundException extends NotFoundException {

    public GuardianNotFoundException() {
        super("No guardian with this id.");
    }
}
