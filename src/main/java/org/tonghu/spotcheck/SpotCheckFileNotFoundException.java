package org.tonghu.spotcheck;

import org.tonghu.graphql.NotFoundException;

import io.smallrye.graphql.api.ErrorCode;

/** No spot-checked file with this id that the caller may see (or act on). */
@ErrorCode("SPOT_CHECK_FILE_NOT_FOUND")
public class SpotCheckFileNotFoundException extends NotFoundException {

    public SpotCheckFileNotFoundException() {
        super("No spot-checked file with this id.");
    }
}
