package org.tonghu.placement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.tonghu.graphql.ConflictException;
import org.tonghu.graphql.PageRequest;
import org.tonghu.persistence.NativeSql;
import org.tonghu.persistence.NativeSql.Keyset;
import org.tonghu.persistence.SqlValues;
import org.tonghu.persistence.Writes;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The tables of temporary custody: {@code placement} and {@code placement_review}. */
@ApplicationScoped
class PlacementStore implements PanacheRepositoryBase<Placement, UUID> {

    /** The keyset of every placement list: the next review first ("yyyy-mm-dd|uuid" cursors). */
    static final Keyset REVIEW_FIRST = Keyset.dateThenId("p.next_review_on", "p.id", Keyset.Order.ASCENDING);

    /** A placement whose review comes near, with where its child lives (whom to alert). */
    record ReviewComing(UUID placementId, LocalDate nextReviewOn, String villageCode) {
    }

    /** Whether the child has an open placement. */
    boolean hasOpenPlacement(UUID childId) {
        return !NativeSql.of("select p.id from placement p where p.child_id = :child and p.ended_on is null")
                .bind("child", childId).column(getEntityManager(), UUID.class).isEmpty();
    }

    /** The placements of these children, each child's in order of start; one query. */
    List<Placement> listOfChildren(Collection<UUID> childIds) {
        return NativeSql.of("select p.* from placement p where p.child_id in (:children)"
                + " order by p.child_id, p.starts_on, p.created_at, p.id").bind("children", childIds)
                .list(getEntityManager(), Placement.class);
    }

    /** The reviews of these placements, in order; one query. */
    List<PlacementReview> listReviews(Collection<UUID> placementIds) {
        return NativeSql.of("select r.* from placement_review r where r.placement_id in (:placements)"
                + " order by r.placement_id, r.reviewed_on, r.recorded_at, r.id").bind("placements", placementIds)
                .list(getEntityManager(), PlacementReview.class);
    }

    void persistReview(PlacementReview review) {
        getEntityManager().persist(review);
    }

    /**
     * A page of the placements of the children living under a region prefix, by next review date: of one status (or
     * both), and, if given, only open ones whose next review is on or before {@code reviewDueBy}.
     */
    List<Placement> page(String regionPrefix, Optional<PlacementStatus> status, Optional<LocalDate> reviewDueBy,
            PageRequest page) {
        NativeSql sql = NativeSql.of("select p.* from placement p join child c on c.id = p.child_id"
                + " where c.residence_village_code like :prefix").bind("prefix", regionPrefix + "%");
        status.ifPresent(s -> sql.and(s == PlacementStatus.OPEN ? "p.ended_on is null" : "p.ended_on is not null"));
        reviewDueBy.ifPresent(by -> sql.and("p.ended_on is null").and("p.next_review_on <= :dueBy", "dueBy", by));
        return sql.keysetPage(page, REVIEW_FIRST).list(getEntityManager(), Placement.class);
    }

    /**
     * A page of the placements of the children under a region prefix, by next review date, that started between two
     * days ({@code started}), or else were open at the end of the last: the list behind a figure of the annual report.
     */
    List<Placement> pageOfYear(String regionPrefix, boolean started, LocalDate from, LocalDate through,
            PageRequest page) {
        return ofYear("select p.*", regionPrefix, started, from, through).keysetPage(page, REVIEW_FIRST)
                .list(getEntityManager(), Placement.class);
    }

    /** How many placements {@link #pageOfYear} lists in all. One query. */
    long countOfYear(String regionPrefix, boolean started, LocalDate from, LocalDate through) {
        return ofYear("select count(*)", regionPrefix, started, from, through).column(getEntityManager(), Long.class)
                .get(0);
    }

    // the conditions of countStartedAndOpen, one figure at a time
    private static NativeSql ofYear(String select, String regionPrefix, boolean started, LocalDate from,
            LocalDate through) {
        NativeSql sql = NativeSql.of(select + " from placement p join child c on c.id = p.child_id"
                + " where c.residence_village_code like :prefix").bind("prefix", regionPrefix + "%");
        return started ? sql.and("p.starts_on between :from and :through", "from", from).bind("through", through)
                : sql.and("p.starts_on <= :through", "through", through)
                        .and("(p.ended_on is null or p.ended_on > :through)");
    }

    /** The open placements whose next review is in {@code (after, upTo]}; reads the open-review index only. */
    List<ReviewComing> reviewsComing(LocalDate after, LocalDate upTo) {
        return NativeSql.of("select p.id, p.next_review_on, c.residence_village_code from placement p"
                + " join child c on c.id = p.child_id where p.ended_on is null"
                + " and p.next_review_on > :after and p.next_review_on <= :upTo order by p.next_review_on, p.id")
                .bind("after", after).bind("upTo", upTo).rows(getEntityManager()).stream()
                .map(row -> new ReviewComing((UUID) row[0], SqlValues.date(row[1]), (String) row[2])).toList();
    }

    /** Flushes a new placement, turning a concurrent second open placement of the child into the check's problem. */
    void flushOrAlreadyOpen(String field, String code, String message, Runnable recordRefusal) {
        Writes.flushOrProblem(getEntityManager(), "placement_one_open_per_child_idx", field, code, message,
                recordRefusal);
    }

    /** Flushes pending changes; another writer's change since the read becomes {@code conflict}. */
    void flushOrConflict(Supplier<ConflictException> conflict) {
        Writes.flushOrConflict(getEntityManager(), conflict);
    }

    /**
     * How many placements of children of a region prefix started between two days, and how many were open at the end
     * of the last: {@code [started, open]}; one statement.
     */
    long[] countStartedAndOpen(String regionPrefix, LocalDate from, LocalDate through) {
        Object[] row = NativeSql.of("select count(*) filter (where p.starts_on between :from and :through),"
                + " count(*) filter (where p.starts_on <= :through and (p.ended_on is null or p.ended_on > :through))"
                + " from placement p join child c on c.id = p.child_id where c.residence_village_code like :prefix")
                .bind("prefix", regionPrefix + "%").bind("from", from).bind("through", through)
                .rows(getEntityManager()).get(0);
        return new long[] { ((Number) row[0]).longValue(), ((Number) row[1]).longValue() };
    }
}
