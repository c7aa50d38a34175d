package org.tonghu.notification;

import org.tonghu.graphql.NotFoundException;

import io.smallrye.graphql.api.ErrorCode;

/** No notification with this id in the caller's inbox. */
@ErrorCode("NOTIFICATION_NOT_FOUND")
public class NotificationNotFoundException extends NotFoundException {

    public NotificationNotFoundException() {
        super("No notification with this id in your inbox.");
    }
}
