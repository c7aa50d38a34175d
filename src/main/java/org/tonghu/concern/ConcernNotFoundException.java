package org.tonghu.concern;

import org.tonghu.graphql.NotFoundException;

import io.smallrye.graphql.api.ErrorCode;

/** No concern with this id that the caller may change. */
@ErrorCode("CONCERN_NOT_FOUND")
public class ConcernNotFoundException extends NotFoundException {

    public ConcernNotFoundException() {
        super("No concern with this id.");
    }
}
