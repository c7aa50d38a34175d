package org.tonghu.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.tonghu.notification.NotificationService;
import org.tonghu.security.CurrentUser;

/**
 * The header's unread-alert badge, read by the layout of every page ({@code inject:headerAlerts}): one count query per
 * page, at most, and none for a page seen without signing in (the landing page).
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
            unread = shown() ? notifications.countUnread() : 0;
        }
        return unread;
    }
}
