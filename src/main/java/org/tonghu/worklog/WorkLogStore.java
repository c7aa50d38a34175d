package org.tonghu.worklog;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.tonghu.graphql.PageRequest;
import org.tonghu.persistence.NativeSql;
import org.tonghu.persistence.NativeSql.Keyset;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** All SQL of the work log feature. */
@ApplicationScoped
class WorkLogStore implements PanacheRepositoryBase<WorkLogEntry, UUID> {

    /** The keyset of work logs: the latest entry date first, then id. */
    static final Keyset LATEST_FIRST = Keyset.dateThenId("w.entry_date", "w.id", Keyset.Order.DESCENDING);

    /** A page of the entries about regions under a prefix (and under a filter's prefix too, if given). */
    List<WorkLogEntry> pageUnder(String prefix, String filterPrefix, PageRequest page) {
        return NativeSql.of("select w.* from work_log_entry w where w.region_code like :prefix")
                .bind("prefix", prefix + "%")
                .andIf(filterPrefix != null, "w.region_code like :filter", "filter", filterPrefix + "%")
                .keysetPage(page, LATEST_FIRST)
                .list(getEntityManager(), WorkLogEntry.class);
    }

    /** A page of the entries about a child. */
    List<WorkLogEntry> pageOfChild(UUID childId, PageRequest page) {
        return NativeSql.of("select w.* from work_log_entry w where w.child_id = :childId").bind("childId", childId)
                .keysetPage(page, LATEST_FIRST)
                .list(getEntityManager(), WorkLogEntry.class);
    }
}
