package org.tonghu.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.tonghu.notification.NotificationService;
import org.tonghu.security.CurrentUser;

import io.quarkus.runtime.BlockingOperationControl;

/**
 * The header's unread-alert badge, read by the layout of every page ({@code inject:headerAlerts}): one count query per
 * page, at most, and none for a page seen without signing in (the landing page). A page rendered on the event loop
 * (the 403 page of a role check that failed before the request reached a worker) shows the link without a count, as
 * the database may not be waited for there.
 */
@Named("headerAlerts")
@RequestScoped
public class HeaderAlerts {

    private final CurrentUser currentUser;
    private final NotificationService notifications;
    private Integer unread;

    HeaderAlerts(CurrentUser currentUser, NotificationService notifications) {
        this.currentUser = currentUser;
        this.notifications = notifications;
    }

    /** Whether the page shows the badge: only to someone signed in. */
    public boolean shown() {
        return currentUser.isAuthenticated();
    }

    /** The signed-in person's unread alerts, counted once per request; 0 without a sign-in. */
    public int unread() {
        if (unread == null) {
            unread = shown() && BlockingOperationControl.isBlockingAllowed() ? notifications.countUnread() : 0;
        }
        return unread;
    }
}
