package org.tonghu.portal.notification;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.tonghu.graphql.NotFoundException;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.notification.NotificationConnection;
import org.tonghu.notification.NotificationService;
import org.tonghu.notification.NotificationView;
import org.tonghu.portal.PortalLocale;
import org.tonghu.portal.PortalResponses;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The inbox (提醒): the signed-in person's alerts, newest first, a page at a time; each leads to the record it is about
 * (opened there with the reader's own access), and is marked read one by one or a page at once, by a form post.
 */
@Path("/portal/notifications")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class InboxPagesResource {

    /** Alerts on one page of the inbox. */
    static final int PAGE_SIZE = 20;

    /** Where the alerts about each type of record lead (each type has a label {@code subject_<TYPE>}). */
    static final Map<String, String> SUBJECT_PAGES = Map.of("PROTECTION_REPORT", "/portal/reports/",
            "REFERRAL", "/portal/referrals/", "CONCERN", "/portal/concerns/", "CHILD", "/portal/children/",
            "PLACEMENT", "/portal/placements/", "CAREGIVER_FOLLOW_UP", "/portal/caregiver-follow-ups/",
            "RECTIFICATION_TASK", "/portal/spot-checks/tasks/");

    @CheckedTemplate(basePath = "portal/notification")
    static class Templates {
        static native TemplateInstance inbox(List<InboxItem> items, NotificationConnection page, String after,
                boolean marked);
    }

    /**
     * An alert, the page of the record it is about (null for a type of record without a page) and the key of the
     * label of that type of record ({@code subject_OTHER} for a type the portal has no word for).
     */
    public record InboxItem(NotificationView notice, String href, String subjectKey) {
    }

    private final NotificationService notifications;

    InboxPagesResource(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GET
    public TemplateInstance inbox(@QueryParam("after") String after, @QueryParam("marked") String marked,
            @Context HttpHeaders headers) {
        NotificationConnection page;
        String from = after;
        try {
            page = notifications.listNotifications(false, PAGE_SIZE, after);
        } catch (ValidationFailedException e) {
            // a cursor from an old link: the newest page instead
            from = null;
            page = notifications.listNotifications(false, PAGE_SIZE, null);
        }
        List<InboxItem> items = page.edges().stream().map(edge -> new InboxItem(edge.node(), linkOf(edge.node()),
                SUBJECT_PAGES.containsKey(edge.node().subjectType()) ? "subject_" + edge.node().subjectType()
                        : "subject_OTHER")).toList();
        return Templates.inbox(items, page, from, marked != null).setLocale(PortalLocale.of(headers));
    }

    /** Marks one alert read and shows the same page of the inbox again. */
    @POST
    @Path("{notificationId}/read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response markRead(@PathParam("notificationId") String notificationId, @FormParam("after") String after,
            @Context HttpHeaders headers) {
        return mark(List.of(notificationId), after, PortalLocale.of(headers));
    }

    /** Marks every alert of the page shown read (the ids the page's form carries). */
    @POST
    @Path("read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response markPageRead(@FormParam("id") List<String> ids, @FormParam("after") String after,
            @Context HttpHeaders headers) {
        return mark(ids == null ? List.of() : ids, after, PortalLocale.of(headers));
    }

    private Response mark(List<String> ids, String after, Locale locale) {
        try {
            notifications.markRead(ids);
        } catch (NotFoundException | ValidationFailedException e) {
            return PortalResponses.notFound(locale);
        }
        UriBuilder back = UriBuilder.fromPath("/portal/notifications").queryParam("marked", "1");
        if (after != null && !after.isBlank()) {
            back.queryParam("after", after);
        }
        return Response.seeOther(back.build()).build();
    }

    /** The portal page of an alert's subject, by its type; null where the portal has none. */
    static String linkOf(NotificationView notice) {
        String base = SUBJECT_PAGES.get(notice.subjectType());
        return base == null ? null : base + notice.subjectId();
    }
}
