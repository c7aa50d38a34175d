package org.tonghu.rehabilitation;

import org.tonghu.graphql.NotFoundException;

import io.smallrye.graphql.api.ErrorCode;

/** No rehabilitation record with this id of the caller's organization. */
@ErrorCode("REHABILITATION_RECORD_NOT_FOUND")
public class RehabilitationNotFoundException extends NotFoundException {

    public RehabilitationNotFoundException() {
        super("No rehabilitation record with this id.");
    }
}
