package org.tonghu.spotcheck;

import org.tonghu.graphql.NotFoundException;

import io.smallrye.graphql.api.ErrorCode;

/** No spot check with this id that the caller may see (or act on). */
@ErrorCode("SPOT_CHECK_NOT_FOUND")
public class SpotCheckNotFoundException extends NotFoundException {

    public SpotCheckNotFoundException() {
        super("No spot check with this id.");
    }
}
