package org.tonghu.notification;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.tonghu.graphql.PageRequest;
import org.tonghu.graphql.TotalCount;
import org.tonghu.security.Roles;

import io.smallrye.graphql.api.Context;

/** The inbox: translates between GraphQL and {@link NotificationService}. */
@GraphQLApi
@RolesAllowed({ Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER, Roles.TOWNSHIP_SUPERVISOR,
    Roles.VILLAGE_DIRECTOR, Roles.PARTNER_STAFF, Roles.AUDITOR, Roles.SYSTEM_ADMINISTRATOR })
public class NotificationGraphQL {

    private final Context context;
    private final NotificationService notifications;

    NotificationGraphQL(NotificationService notifications, Context context) {
        this.context = context;
        this.notifications = notifications;
    }

    @Query("notifications")
    @Description("A page of your inbox (提醒), newest first: what is addressed to you, to your organization, or to your"
            + " role in your region; only what you have not read with unreadOnly.")
    public @NonNull NotificationConnection notifications(
            @Name("unreadOnly") @DefaultValue("false") @Description("Only what you have not read.") Boolean unreadOnly,
            @Name("first") @Description(PageRequest.FIRST_DESCRIPTION) Integer first,
            @Name("after") @Description(PageRequest.AFTER_DESCRIPTION) String after) {
        return notifications.listNotifications(Boolean.TRUE.equals(unreadOnly), first, after,
                TotalCount.requested(context));
    }

    @Query("unreadNotificationCount")
    @Description("How many notifications of your inbox you have not read.")
    public int unreadNotificationCount() {
        return notifications.countUnread();
    }

    @Mutation("markNotificationsRead")
    @Description("Marks notifications of your inbox (their ids) read by you, at most 100 at a time; returns your unread"
            + " count.")
    public int markNotificationsRead(
            @Name("ids") @Description("The notifications' IDs, at most 100.") @NonNull List<@NonNull String> ids) {
        return notifications.markRead(ids);
    }
}
