package org.tonghu.activity;

import org.tonghu.graphql.NotFoundException;

import io.smallrye.graphql.api.ErrorCode;

/** No activity with this id of the caller's organization. */
@ErrorCode("ACTIVITY_NOT_FOUND")
public class ActivityNotFoundException extends NotFoundException {

    public ActivityNotFoundException() {
        super("No activity with this id.");
    }
}
