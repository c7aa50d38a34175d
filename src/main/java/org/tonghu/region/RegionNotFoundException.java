package org.tonghu.region;

import org.tonghu.graphql.NotFoundException;

import io.smallrye.graphql.api.ErrorCode;

/** No region has this code. */
@ErrorCode("REGION_NOT_FOUND")
public class RegionNotFoundException extends NotFoundException {

    public RegionNotFoundException() {
        super("No region has this code.");
    }
}
