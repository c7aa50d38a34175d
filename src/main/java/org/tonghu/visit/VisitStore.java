package org.tonghu.visit;

import java.time.LocalDate;
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
import org.tonghu.persistence.NativeSql;
import org.tonghu.persistence.NativeSql.Keyset;
import org.tonghu.persistence.Writes;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** All SQL of the visit feature: visits and their corrections. */
@ApplicationScoped
class VisitStore implements PanacheRepositoryBase<Visit, UUID> {

    /** The keyset of a child's visits: the latest visit day first, then id. */
    static final Keyset LATEST_FIRST = Keyset.dateThenId("v.visited_on", "v.id", Keyset.Order.DESCENDING);

    void flushOrConflict(Supplier<ConflictException> conflict) {
        Writes.flushOrConflict(getEntityManager(), conflict);
    }

    /**
     * A page of a child's visits by {@link #LATEST_FIRST}: corrected originals only when asked for, and only an
     * organization's own when {@code organizationId} is given.
     */
    List<Visit> pageOfChild(UUID childId, boolean includeCorrected, Optional<UUID> organizationId, PageRequest page) {
        NativeSql sql = NativeSql.of("select v.* from visit v where v.child_id = :childId").bind("childId", childId);
        if (!includeCorrected) {
            sql.and("v.superseded_by is null");
        }
        return sql.andIf(organizationId.isPresent(), "v.visitor_organization_id = :organization", "organization",
                organizationId.orElse(null))
                .keysetPage(page, LATEST_FIRST)
                .list(getEntityManager(), Visit.class);
    }

    /**
     * The open files under a region with no visit (current, not superseded) between two days. One statement, read
     * from each child's latest visit on the schedule ({@code visit_schedule.last_visit_on}, any visitor): a file whose
     * latest visit is before the first day has none, one whose latest visit falls between the days has one; only a
     * file whose latest visit is after the last day (a past year's report) is looked up in its visits.
     */
    List<UUID> openFilesWithoutVisit(String regionPrefix, LocalDate from, LocalDate through) {
        Map<String, Object> parameters = new HashMap<>();
        return NativeSql.of("select c.id from child c left join visit_schedule s on s.child_id = c.id where "
                + ChildScope.livesUnder("c", regionPrefix, parameters) + " and " + ChildScope.fileOpen("c")
                + " and (s.last_visit_on is null or s.last_visit_on < :from or (s.last_visit_on > :through"
                + " and not exists (select 1 from visit v where v.child_id = c.id and v.superseded_by is null"
                + " and v.visited_on between :from and :through)))")
                .bindAll(parameters).bind("from", from).bind("through", through)
                .column(getEntityManager(), UUID.class);
    }
}
