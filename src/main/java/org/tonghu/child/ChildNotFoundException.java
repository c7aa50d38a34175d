package org.tonghu.child;

import org.tonghu.graphql.NotFoundException;

import io.smallrye.graphql.api.ErrorCode;

/** No child with this id in the caller's scope (whether it exists elsewhere is not said). */
@ErrorCode("CHILD_NOT_FOUND")
public class ChildNotFoundException extends NotFoundException {

    public ChildNotFoundException() {
        super("No child with this id.");
    }
}
