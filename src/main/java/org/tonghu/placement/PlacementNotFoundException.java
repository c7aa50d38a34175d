package org.tonghu.placement;

import org.tonghu.graphql.NotFoundException;

import io.smallrye.graphql.api.ErrorCode;

/** No placement with this id that the caller may see (or act on). */
@ErrorCode("PLACEMENT_NOT_FOUND")
public class PlacementNotFoundException extends NotFoundException {

    public PlacementNotFoundException() {
        super("No placement with this id.");
    }
}
