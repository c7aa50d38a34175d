package org.tonghu.harbor;

import org.tonghu.graphql.NotFoundException;

import io.smallrye.graphql.api.ErrorCode;

/** No Tongxin Harbor site with this id. */
@ErrorCode("HARBOR_SITE_NOT_FOUND")
public class HarborSiteNotFoundException extends NotFoundException {

    public HarborSiteNotFoundException() {
        super("No Tongxin Harbor site with this id.");
    }
}
