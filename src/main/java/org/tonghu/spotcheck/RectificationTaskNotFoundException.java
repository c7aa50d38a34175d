package org.tonghu.spotcheck;

import org.tonghu.graphql.NotFoundException;

import io.smallrye.graphql.api.ErrorCode;

/** No rectification task with this id that the caller may see (or act on). */
@ErrorCode("RECTIFICATION_TASK_NOT_FOUND")
public class RectificationTaskNotFoundException extends NotFoundException {

    public RectificationTaskNotFoundException() {
        super("No rectification task with this id.");
    }
}
