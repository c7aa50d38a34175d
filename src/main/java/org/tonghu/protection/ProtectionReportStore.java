package org.tonghu.protection;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.tonghu.graphql.ConflictException;
import org.tonghu.graphql.PageRequest;
import org.tonghu.notification.Addressee;
import org.tonghu.notification.Deadline;
import org.tonghu.persistence.NativeSql;
import org.tonghu.persistence.NativeSql.Keyset;
import org.tonghu.persistence.SqlValues;
import org.tonghu.persistence.Writes;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * The tables of mandatory reports: {@code protection_report}, its receipts, steps and escalations, and
 * {@code report_routing}.
 */
@ApplicationScoped
class ProtectionReportStore implements PanacheRepositoryBase<ProtectionReport, UUID> {

    /** The keyset of every report list: the latest filed first ("timestamp|uuid" cursors). */
    static final Keyset LATEST_FIRST = Keyset.timestampThenId("p.filed_at", "p.id", Keyset.Order.DESCENDING);

    /**
     * Who is listing: the token's subject, the organization acted for, and for civil-affairs officers their
     * jurisdiction's prefix and region code (escalations name the region).
     */
    record Caller(String subject, Optional<UUID> organization, Optional<String> civilAffairsPrefix,
            Optional<String> civilAffairsRegion) {
    }

    /** A page of one list of reports for a caller, at a moment (for deadlines). */
    List<ProtectionReport> page(ProtectionReportList list, Caller caller, OffsetDateTime now, PageRequest page) {
        NativeSql sql = NativeSql.of("select p.* from protection_report p where ");
        switch (list) {
            case FILED_BY_ME -> sql.append("p.reporter_subject = :subject").bind("subject", caller.subject());
            case TO_HANDLE -> {
                sql.append("(false");
                caller.organization().ifPresent(organization -> sql.append(" or exists (select 1 from"
                        + " protection_report_receipt r where r.report_id = p.id and r.organization_id = :organization"
                        + " and r.status <> 'CLOSED')").bind("organization", organization));
                caller.civilAffairsRegion().ifPresent(region -> sql.append(" or exists (select 1 from"
                        + " protection_report_receipt r join protection_report_escalation e on e.receipt_id = r.id"
                        + " where r.report_id = p.id and r.status = 'OPEN' and e.region_code = :region)")
                        .bind("region", region));
                sql.append(")");
            }
            case OVERDUE -> {
                sql.append("exists (select 1 from protection_report_receipt r where r.report_id = p.id"
                        + " and r.status = 'OPEN' and r.acknowledge_by <= :now and (false").bind("now", now);
                caller.organization().ifPresent(organization -> sql.append(" or r.organization_id = :organization")
                        .bind("organization", organization));
                caller.civilAffairsPrefix().ifPresent(prefix -> sql.append(" or p.county_code like :prefix")
                        .bind("prefix", prefix + "%"));
                sql.append("))");
            }
            default -> throw new IllegalArgumentException(list.name());
        }
        return sql.keysetPage(page, LATEST_FIRST).list(getEntityManager(), ProtectionReport.class);
    }

    Optional<ProtectionReportReceipt> findReceipt(UUID id) {
        return Optional.ofNullable(getEntityManager().find(ProtectionReportReceipt.class, id));
    }

    /** The receipts of these reports, by receiver kind; one query. */
    List<ProtectionReportReceipt> listReceipts(Collection<UUID> reportIds) {
        return NativeSql.of("select r.* from protection_report_receipt r where r.report_id in (:reports)"
                + " order by r.report_id, r.receiver_kind, r.id").bind("reports", reportIds)
                .list(getEntityManager(), ProtectionReportReceipt.class);
    }

    /** The steps of these reports, in order; one query. */
    List<ProtectionReportStep> listSteps(Collection<UUID> reportIds) {
        return NativeSql.of("select s.* from protection_report_step s where s.report_id in (:reports)"
                + " order by s.report_id, s.taken_at, s.recorded_at, s.id").bind("reports", reportIds)
                .list(getEntityManager(), ProtectionReportStep.class);
    }

    /** The escalations of these reports' receipts, in order; one query. */
    List<ProtectionReportEscalation> listEscalations(Collection<UUID> reportIds) {
        return NativeSql.of("select e.* from protection_report_escalation e join protection_report_receipt r"
                + " on r.id = e.receipt_id where r.report_id in (:reports) order by e.escalated_at, e.level, e.id")
                .bind("reports", reportIds).list(getEntityManager(), ProtectionReportEscalation.class);
    }

    void persistReceipt(ProtectionReportReceipt receipt) {
        getEntityManager().persist(receipt);
    }

    void persistStep(ProtectionReportStep step) {
        getEntityManager().persist(step);
    }

    /** The routes of these regions (a county and the regions above it); one query. */
    List<ReportRoute> listRoutes(Collection<String> regionCodes) {
        return NativeSql.of("select t.* from report_routing t where t.region_code in (:regions)")
                .bind("regions", regionCodes).list(getEntityManager(), ReportRoute.class);
    }

    /** The keyset of the routes list: by region code, then receiver kind ("code:KIND" cursors). */
    static final Keyset BY_REGION_AND_KIND = Keyset.uniqueText(
            "((t.region_code || ':' || t.receiver_kind) collate \"C\")");

    /** A page of the routes of the regions under a prefix or among the given regions (those above a jurisdiction). */
    List<ReportRoute> pageRoutes(String regionPrefix, Collection<String> above, PageRequest page) {
        return NativeSql.of("select t.* from report_routing t where (t.region_code like :prefix")
                .bind("prefix", regionPrefix + "%")
                .append(above.isEmpty() ? ")" : " or t.region_code in (:above))")
                .bindAll(above.isEmpty() ? Map.of() : Map.of("above", above))
                .keysetPage(page, BY_REGION_AND_KIND).list(getEntityManager(), ReportRoute.class);
    }

    Optional<ReportRoute> findRoute(String regionCode, ReceiverKind kind) {
        return Optional.ofNullable(getEntityManager().find(ReportRoute.class, new ReportRoute.Key(regionCode, kind)));
    }

    void persistRoute(ReportRoute route) {
        getEntityManager().persist(route);
    }

    /**
     * Escalates every receipt still open at {@code now} to one level: to the city's civil affairs from its deadline,
     * to the province's one period (deadline minus filing) later. The unique (receipt, level) makes a second run, on
     * this instance or another, at the same time or later, add nothing. Returns the reports of the receipts escalated
     * (a report once per receipt), each with the region escalated to.
     */
    /** A receipt's report escalated now, and the region of the civil affairs it went to. */
    record Escalated(UUID reportId, String regionCode) {
    }

    List<Escalated> escalateOverdue(EscalationLevel level, OffsetDateTime now) {
        String due = level == EscalationLevel.CITY ? "r.acknowledge_by <= :now"
                : "r.acknowledge_by + (r.acknowledge_by - p.filed_at) <= :now";
        return NativeSql.of("with added as (insert into protection_report_escalation"
                + " (id, receipt_id, level, region_code, escalated_at)"
                + " select gen_random_uuid(), r.id, :level,"
                + " substr(p.county_code, 1, :digits) || repeat('0', 12 - :digits), :now"
                + " from protection_report_receipt r join protection_report p on p.id = r.report_id"
                + " where r.status = 'OPEN' and ").append(due)
                .append(" on conflict on constraint protection_report_escalation_once do nothing"
                        + " returning receipt_id, region_code)"
                        + " select r.report_id, added.region_code from added"
                        + " join protection_report_receipt r on r.id = added.receipt_id order by r.report_id")
                .bind("level", level.name()).bind("digits", level.regionLevel().prefixLength()).bind("now", now)
                .rows(getEntityManager()).stream().map(row -> new Escalated((UUID) row[0], (String) row[1]))
                .toList();
    }

    /** The open receipts due in {@code (from, until]}, as deadlines of their organizations given at the filing. */
    List<Deadline> openReceiptDeadlines(OffsetDateTime from, OffsetDateTime until) {
        return NativeSql.of("select r.report_id, r.organization_id, p.filed_at, r.acknowledge_by"
                + " from protection_report_receipt r join protection_report p on p.id = r.report_id"
                + " where r.status = 'OPEN' and r.acknowledge_by > :from and r.acknowledge_by <= :until")
                .bind("from", from).bind("until", until).rows(getEntityManager()).stream()
                .map(row -> new Deadline(ProtectionReportService.SUBJECT_TYPE, (UUID) row[0],
                        Addressee.organization((UUID) row[1]), SqlValues.timestamp(row[2]),
                        SqlValues.timestamp(row[3])))
                .toList();
    }

    /** Flushes pending changes; another writer's change since the read becomes {@code conflict}. */
    void flushOrConflict(Supplier<ConflictException> conflict) {
        Writes.flushOrConflict(getEntityManager(), conflict);
    }

    /** How many mandatory reports about children of a region prefix were filed in a time range; one statement. */
    /** A page of the reports {@link #countFiled} counts, the latest first. */
    List<ProtectionReport> pageFiled(String regionPrefix, OffsetDateTime from, OffsetDateTime before,
            PageRequest page) {
        return NativeSql.of("select p.* from protection_report p where p.child_region_code like :prefix"
                + " and p.filed_at >= :from and p.filed_at < :before").bind("prefix", regionPrefix + "%")
                .bind("from", from).bind("before", before).keysetPage(page, LATEST_FIRST)
                .list(getEntityManager(), ProtectionReport.class);
    }

    long countFiled(String regionPrefix, OffsetDateTime from, OffsetDateTime before) {
        return NativeSql.of("select count(*) from protection_report r where r.child_region_code like :prefix"
                + " and r.filed_at >= :from and r.filed_at < :before").bind("prefix", regionPrefix + "%")
                .bind("from", from).bind("before", before).column(getEntityManager(), Long.class).get(0);
    }
}
