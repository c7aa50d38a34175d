package org.tonghu.notification;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.tonghu.graphql.PageRequest;
import org.tonghu.persistence.NativeSql;
import org.tonghu.persistence.NativeSql.Keyset;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The {@code notification} and {@code notification_read} tables. */
@ApplicationScoped
class NotificationStore implements PanacheRepositoryBase<Notification, UUID> {

    /** The inbox's order: the newest first. */
    static final Keyset NEWEST_FIRST = Keyset.timestampThenId("n.created_at", "n.id", Keyset.Order.DESCENDING);

    /** Who reads an inbox: their sign-in's subject, organization, roles and region. */
    record Reader(String subject, UUID organizationId, List<String> roles, String regionCode) {
    }

    /** Writes a notice unless the same notice for the same occasion is there already; whether it was written. */
    boolean insert(UUID id, Notice notice) {
        Addressee to = notice.to();
        return NativeSql.of("insert into notification (id, kind, subject_type, subject_id, occasion, due_at,"
                + " to_subject, to_organization_id, to_role, to_region_code)"
                + " values (:id, :kind, :subjectType, :subjectId, :occasion, cast(:dueAt as timestamptz),"
                + " :toSubject, cast(:toOrganization as uuid), :toRole, :toRegion)"
                + " on conflict on constraint notification_once do nothing")
                .bind("id", id).bind("kind", notice.kind().name()).bind("subjectType", notice.subjectType())
                .bind("subjectId", notice.subjectId()).bind("occasion", notice.occasion())
                .bind("dueAt", notice.dueAt() == null ? null : notice.dueAt().toString())
                .bind("toSubject", to instanceof Addressee.Person person ? person.subject() : null)
                .bind("toOrganization", to instanceof Addressee.Organization organization
                        ? organization.organizationId().toString() : null)
                .bind("toRole", to instanceof Addressee.RoleInRegion role ? role.role() : null)
                .bind("toRegion", to instanceof Addressee.RoleInRegion role ? role.regionCode() : null)
                .execute(getEntityManager()) == 1;
    }

    /** A page of the reader's notifications, newest first; only those the reader has not read, if asked. */
    List<Notification> page(Reader reader, boolean unreadOnly, PageRequest page) {
        return inbox(reader, unreadOnly).keysetPage(page, NEWEST_FIRST).list(getEntityManager(), Notification.class);
    }

    /** How many notifications {@link #page} pages through; one count. */
    long count(Reader reader, boolean unreadOnly) {
        return inbox(reader, unreadOnly).count(getEntityManager());
    }

    private static NativeSql inbox(Reader reader, boolean unreadOnly) {
        NativeSql sql = addressedTo(NativeSql.of("select n.* from notification n where "), reader);
        if (unreadOnly) {
            sql.and("not exists (select 1 from notification_read r where r.notification_id = n.id"
                    + " and r.reader_subject = :subject)");
        }
        return sql;
    }

    /** How many of the reader's notifications the reader has not read. */
    long countUnread(Reader reader) {
        return addressedTo(NativeSql.of("select count(*) from notification n where "), reader)
                .and("not exists (select 1 from notification_read r where r.notification_id = n.id"
                        + " and r.reader_subject = :subject)")
                .column(getEntityManager(), Long.class).get(0);
    }

    /** The ids among these of notifications addressed to the reader. */
    Set<UUID> addressedAmong(Collection<UUID> ids, Reader reader) {
        return new HashSet<>(addressedTo(NativeSql.of("select n.id from notification n where "), reader)
                .and("n.id in (:ids)").bind("ids", ids).column(getEntityManager(), UUID.class));
    }

    /** The ids among these that this reader has read. */
    Set<UUID> readAmong(Collection<UUID> ids, String subject) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(NativeSql.of("select r.notification_id from notification_read r"
                + " where r.notification_id in (:ids) and r.reader_subject = :subject")
                .bind("ids", ids).bind("subject", subject).column(getEntityManager(), UUID.class));
    }

    /** Marks these notifications read by this reader (those read already stay as they were). */
    void markRead(Collection<UUID> ids, String subject) {
        NativeSql.of("insert into notification_read (notification_id, reader_subject)"
                + " select n.id, :subject from notification n where n.id in (:ids)"
                + " on conflict (notification_id, reader_subject) do nothing")
                .bind("ids", ids).bind("subject", subject).execute(getEntityManager());
    }

    /** Adds "addressed to the reader" (by subject, organization, or a role of the reader in the reader's region). */
    private static NativeSql addressedTo(NativeSql select, Reader reader) {
        StringBuilder any = new StringBuilder("(n.to_subject = :subject");
        if (reader.organizationId() != null) {
            any.append(" or n.to_organization_id = :organization");
        }
        if (reader.regionCode() != null && !reader.roles().isEmpty()) {
            any.append(" or (n.to_role in (:roles) and n.to_region_code = :region)");
        }
        NativeSql sql = select.append(any.append(")").toString()).bind("subject", reader.subject());
        if (reader.organizationId() != null) {
            sql.bind("organization", reader.organizationId());
        }
        if (reader.regionCode() != null && !reader.roles().isEmpty()) {
            sql.bind("roles", reader.roles()).bind("region", reader.regionCode());
        }
        return sql;
    }

    /**
     * Holds the mark of a deadline-alert source until the transaction ends (another instance's run waits for it) and
     * returns where it stands; a source without one starts at {@code firstFrom}.
     */
    OffsetDateTime lockDeadlineMark(String source, OffsetDateTime firstFrom) {
        NativeSql.of("insert into deadline_alert_mark (source, checked_until) values (:source, :firstFrom)"
                + " on conflict (source) do nothing")
                .bind("source", source).bind("firstFrom", firstFrom).execute(getEntityManager());
        return NativeSql.of("select checked_until from deadline_alert_mark where source = :source for update")
                .bind("source", source).column(getEntityManager(), OffsetDateTime.class).get(0);
    }

    /** Moves a source's mark to where this run looked and counts the run. */
    void moveDeadlineMark(String source, OffsetDateTime checkedUntil) {
        NativeSql.of("update deadline_alert_mark set checked_until = :checkedUntil, runs = runs + 1,"
                + " updated_at = now() where source = :source")
                .bind("source", source).bind("checkedUntil", checkedUntil).execute(getEntityManager());
    }
}
