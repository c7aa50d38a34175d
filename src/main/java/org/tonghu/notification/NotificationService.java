package org.tonghu.notification;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tonghu.audit.AuditLog;
import org.tonghu.audit.AuditOperation;
import org.tonghu.graphql.Ids;
import org.tonghu.graphql.PageRequest;
import org.tonghu.graphql.Problem;
import org.tonghu.graphql.TotalCount;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.regioncode.RegionCode;
import org.tonghu.security.CurrentUser;

/**
 * Alerts: producers {@link #send} notices in the transaction of the event that causes them; each person reads the
 * inbox of what is addressed to them, to their organization, or to a role of theirs in their region, and marks what
 * they have read (for themselves only: a colleague's inbox keeps its own unread count).
 * <p>
 * The inbox is the one channel today. Another (SMS, a partner app's webhook) is meant to read the notices written here
 * (an outbox by their creation time), so producers never change for it.
 */
@ApplicationScoped
public class NotificationService {

    /** The most notifications one call may mark read. */
    static final int MAX_MARKED = 100;
    static final String TOO_MANY_IDS = "TOO_MANY_IDS";
    static final String CURSOR_KIND = "notification";

    private final NotificationStore store;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    NotificationService(NotificationStore store, CurrentUser currentUser, AuditLog audit) {
        this.store = store;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /**
     * Alerts about an event, in the event's transaction (the alert and the event are written together or not at all).
     * The same notice for the same occasion is written once. Returns whether it was written now.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean send(Notice notice) {
        return store.insert(UUID.randomUUID(), notice);
    }

    /** A page of the caller's inbox, newest first. */
    @Transactional
    public NotificationConnection listNotifications(boolean unreadOnly, Integer first, String after) {
        return listNotifications(unreadOnly, first, after, false);
    }

    /** A page of the caller's inbox, with how many it holds in all when {@code withTotalCount} (one count). */
    @Transactional
    public NotificationConnection listNotifications(boolean unreadOnly, Integer first, String after,
            boolean withTotalCount) {
        PageRequest page = PageRequest.of(first, after, CURSOR_KIND);
        NotificationStore.Reader reader = reader();
        List<Notification> rows = store.page(reader, unreadOnly, page);
        Set<UUID> read = store.readAmong(rows.stream().map(row -> row.id).toList(), reader.subject());
        NotificationConnection connection = page.toConnection(rows, CURSOR_KIND,
                row -> NotificationStore.NEWEST_FIRST.key(row.createdAt, row.id),
                (cursor, row) -> new NotificationEdge(cursor, view(row, read.contains(row.id))),
                NotificationConnection::new);
        return withTotalCount ? connection.withTotalCount(TotalCount.of(store.count(reader, unreadOnly)))
                : connection;
    }

    /** How many notifications of the caller's inbox the caller has not read. */
    @Transactional
    public int countUnread() {
        return Math.toIntExact(store.countUnread(reader()));
    }

    /**
     * Marks notifications of the caller's inbox read by the caller; returns the unread count after. An id not in the
     * caller's inbox gets {@code NOTIFICATION_NOT_FOUND} and nothing is marked.
     */
    @Transactional
    public int markRead(List<String> ids) {
        if (ids.size() > MAX_MARKED) {
            throw new ValidationFailedException(List.of(Problem.ofField("ids", TOO_MANY_IDS,
                    "Mark at most " + MAX_MARKED + " notifications at a time.")));
        }
        Set<UUID> wanted = new LinkedHashSet<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            try {
                wanted.add(Ids.parse("ids[" + i + "]", ids.get(i)));
            } catch (ValidationFailedException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        NotificationStore.Reader reader = reader();
        if (!wanted.isEmpty()) {
            if (!store.addressedAmong(wanted, reader).containsAll(wanted)) {
                audit.event(AuditOperation.NOTIFICATION_MARK_READ).records(wanted).notFound();
                throw new NotificationNotFoundException();
            }
            store.markRead(wanted, reader.subject());
            audit.event(AuditOperation.NOTIFICATION_MARK_READ).records(wanted).succeeded();
        }
        return Math.toIntExact(store.countUnread(reader));
    }

    private NotificationStore.Reader reader() {
        return new NotificationStore.Reader(currentUser.subject(), currentUser.organizationId().orElse(null),
                currentUser.roles(), currentUser.region().map(RegionCode::value).orElse(null));
    }

    private static NotificationView view(Notification row, boolean read) {
        return new NotificationView(row.id.toString(), row.kind, row.subjectType, row.subjectId.toString(), row.dueAt,
                row.createdAt, read);
    }
}
