package org.tonghu.referral;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.tonghu.child.ChildScope;
import org.tonghu.graphql.ConflictException;
import org.tonghu.graphql.PageRequest;
import org.tonghu.notification.Addressee;
import org.tonghu.notification.Deadline;
import org.tonghu.persistence.NativeSql;
import org.tonghu.persistence.NativeSql.Keyset;
import org.tonghu.persistence.SqlValues;
import org.tonghu.persistence.Writes;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The {@code referral} table. */
@ApplicationScoped
class ReferralStore implements PanacheRepositoryBase<Referral, UUID> {

    /** The keyset of every referral list: the latest referred first ("timestamp|uuid" cursors). */
    static final Keyset LATEST_FIRST = Keyset.timestampThenId("f.referred_at", "f.id", Keyset.Order.DESCENDING);

    /** Which referrals a list shows: received by an organization, or sent by it or from under a region prefix. */
    record Side(Optional<UUID> receiver, Optional<UUID> senderOrganization, Optional<String> senderRegionPrefix) {

        static Side receivedBy(UUID organization) {
            return new Side(Optional.of(organization), Optional.empty(), Optional.empty());
        }

        static Side sentBy(Optional<UUID> organization, Optional<String> regionPrefix) {
            return new Side(Optional.empty(), organization, regionPrefix);
        }
    }

    /** A page of the referrals of one side, optionally of some statuses or only those pending after {@code now}. */
    List<Referral> page(Side side, List<String> statuses, Optional<OffsetDateTime> pendingAfterDeadlineAt,
            PageRequest page) {
        NativeSql sql = NativeSql.of("select f.* from referral f where ");
        if (side.receiver().isPresent()) {
            sql.append("f.to_organization_id = :organization").bind("organization", side.receiver().get());
        } else {
            List<String> senders = new ArrayList<>();
            side.senderOrganization().ifPresent(id -> {
                senders.add("f.from_organization_id = :organization");
                sql.bind("organization", id);
            });
            side.senderRegionPrefix().ifPresent(prefix -> {
                senders.add("f.from_region_code like :prefix");
                sql.bind("prefix", prefix + "%");
            });
            sql.append(senders.isEmpty() ? "false" : "(" + String.join(" or ", senders) + ")");
        }
        return sql.andIf(!statuses.isEmpty(), "f.status in (:statuses)", "statuses", statuses)
                .andIf(pendingAfterDeadlineAt.isPresent(), "f.status = 'PENDING' and f.respond_by < :now", "now",
                        pendingAfterDeadlineAt.orElse(null))
                .keysetPage(page, LATEST_FIRST).list(getEntityManager(), Referral.class);
    }

    /**
     * A page of a child's referrals: every one, or only those the organization sent or received (none for a null
     * organization).
     */
    List<Referral> pageOfChild(UUID childId, boolean every, UUID organization, PageRequest page) {
        return NativeSql.of("select f.* from referral f where f.child_id = :child").bind("child", childId)
                .andIf(!every, "(f.from_organization_id = :organization or f.to_organization_id = :organization)",
                        "organization", organization)
                .keysetPage(page, LATEST_FIRST).list(getEntityManager(), Referral.class);
    }

    /**
     * Referrals made in {@code [from, until)} of the children living under a region prefix, by the first
     * {@code groupLength} digits of the child's village. Counts only; one query.
     */
    Map<String, Integer> countMadeByRegion(String regionPrefix, int groupLength, OffsetDateTime from,
            OffsetDateTime until) {
        Map<String, Object> parameters = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        NativeSql.of("select substr(" + ChildScope.residenceVillage("c") + ", 1, :groupLength), count(*)"
                + " from referral f join child c on c.id = f.child_id where "
                + ChildScope.livesUnder("c", regionPrefix, parameters)
                + " and f.referred_at >= :from and f.referred_at < :until group by 1")
                .bindAll(parameters).bind("groupLength", groupLength).bind("from", from).bind("until", until)
                .rows(getEntityManager()).forEach(row -> counts.put((String) row[0], SqlValues.integer(row[1])));
        return counts;
    }

    /** The pending referrals whose answer is due in {@code (from, until]}, as deadlines of their receivers. */
    List<Deadline> pendingAnswerDeadlines(OffsetDateTime from, OffsetDateTime until) {
        return NativeSql.of("select f.id, f.to_organization_id, f.referred_at, f.respond_by from referral f"
                + " where f.status = 'PENDING' and f.respond_by > :from and f.respond_by <= :until")
                .bind("from", from).bind("until", until).rows(getEntityManager()).stream()
                .map(row -> new Deadline(ReferralService.SUBJECT_TYPE, (UUID) row[0],
                        Addressee.organization((UUID) row[1]), SqlValues.timestamp(row[2]),
                        SqlValues.timestamp(row[3])))
                .toList();
    }

    /** Flushes pending changes; another writer's change since the read becomes {@code conflict}. */
    void flushOrConflict(Supplier<ConflictException> conflict) {
        Writes.flushOrConflict(getEntityManager(), conflict);
    }
}
