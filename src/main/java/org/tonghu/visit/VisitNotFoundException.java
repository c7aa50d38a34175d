package org.tonghu.visit;

import org.tonghu.graphql.NotFoundException;

import io.smallrye.graphql.api.ErrorCode;

/** No visit with this id that the caller may see. */
@ErrorCode("VISIT_NOT_FOUND")
public class VisitNotFoundException extends NotFoundException {

    public VisitNotFoundException() {
        super("No visit with this id.");
    }
}
