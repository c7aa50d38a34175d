package org.tonghu.organization;

import org.tonghu.graphql.NotFoundException;

import io.smallrye.graphql.api.ErrorCode;

/** No organization with this id. */
@ErrorCode("ORGANIZATION_NOT_FOUND")
public class OrganizationNotFoundException extends NotFoundException {

    public OrganizationNotFoundException() {
        super("No organization with this id.");
    }
}
