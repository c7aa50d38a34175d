package org.tonghu.protection;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tonghu.audit.AuditLog;
import org.tonghu.audit.AuditOperation;
import org.tonghu.child.ChildAccess;
import org.tonghu.child.ChildRelationships;
import org.tonghu.child.ChildService;
import org.tonghu.graphql.Ids;
import org.tonghu.graphql.PageRequest;
import org.tonghu.graphql.Problem;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.notification.Addressee;
import org.tonghu.notification.Notice;
import org.tonghu.notification.NotificationKind;
import org.tonghu.notification.NotificationService;
import org.tonghu.organization.OrganizationService;
import org.tonghu.organization.OrganizationView;
import org.tonghu.region.RegionService;
import org.tonghu.regioncode.RegionCode;
import org.tonghu.regioncode.RegionLevel;
import org.tonghu.security.AccessScope;
import org.tonghu.security.CurrentUser;
import org.tonghu.security.Roles;
import org.tonghu.time.ChinaTime;
import org.tonghu.time.Clock;
import org.tonghu.validation.TextRules;
import org.tonghu.webhook.WebhookOutbox;

/**
 * Mandatory reports (强制报告, policy §6). Anyone who works with children files a report about a child they reach or
 * a child they describe; in the same transaction it is routed to the public security, civil affairs and education
 * bodies of the child's county, each with a deadline to acknowledge. Receivers acknowledge, record their steps and
 * close with an outcome that goes back to the reporter; receipts not acknowledged in time escalate
 * ({@link #escalateOverdueReceipts}). Only the reporter, the receivers and the civil-affairs officers over the child's
 * county see a report, and the reporter sees only status and outcomes; every read and change is audited.
 */
@ApplicationScoped
public class ProtectionReportService {

    static final String CURSOR_KIND = "protection-report";
    static final String ROUTE_CURSOR_KIND = "report-route";
    static final String ESCALATION_JOB = "protection-report-escalation";
    /** What the alerts about a report name as their subject. */
    static final String SUBJECT_TYPE = "PROTECTION_REPORT";
    static final String CHILD_OR_DESCRIPTION_REQUIRED = "CHILD_OR_DESCRIPTION_REQUIRED";
    static final String YEAR_INVALID = "YEAR_INVALID";
    static final String APPROXIMATE_AGE_INVALID = "APPROXIMATE_AGE_INVALID";
    static final String REPORT_PLACE_INVALID = "REPORT_PLACE_INVALID";
    static final String DISCOVERED_AT_INVALID = "DISCOVERED_AT_INVALID";
    static final String TAKEN_AT_INVALID = "TAKEN_AT_INVALID";
    static final String RECEIPT_NOT_OPEN = "RECEIPT_NOT_OPEN";
    static final String RECEIPT_CLOSED = "RECEIPT_CLOSED";
    static final String CHILD_ALREADY_LINKED = "CHILD_ALREADY_LINKED";
    static final String ROUTE_REGION_INVALID = "ROUTE_REGION_INVALID";
    static final String ORGANIZATION_NOT_FOUND = "ORGANIZATION_NOT_FOUND";
    static final String ORGANIZATION_KIND_MISMATCH = "ORGANIZATION_KIND_MISMATCH";
    static final String REGION_OUT_OF_SCOPE = "REGION_OUT_OF_SCOPE";

    /** How long ago a discovery may lie: reports of older harm are still taken, but not of a mistyped year. */
    static final Duration OLDEST_DISCOVERY = Duration.ofDays(366);
    /** Clocks of phones and servers differ a little. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    /** What one caller sees of one report. */
    enum Audience {
        NONE,
        /** The reporter alone: what was reported, statuses and outcomes. */
        REPORTER,
        /** A receiver's staff or a civil-affairs officer over the child's county: everything. */
        RECEIVER
    }

    private final ProtectionReportStore store;
    private final ChildService children;
    private final ChildRelationships relationships;
    private final OrganizationService organizations;
    private final RegionService regions;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final ProtectionConfig config;
    private final NotificationService notifications;
    private final WebhookOutbox webhooks;

    ProtectionReportService(ProtectionReportStore store, ChildService children, ChildRelationships relationships,
            OrganizationService organizations, RegionService regions, CurrentUser currentUser, AuditLog audit,
            Clock clock, ProtectionConfig config, NotificationService notifications, WebhookOutbox webhooks) {
        this.store = store;
        this.children = children;
        this.relationships = relationships;
        this.organizations = organizations;
        this.regions = regions;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.config = config;
        this.notifications = notifications;
        this.webhooks = webhooks;
    }

    /** Files a report and routes it to the receiving bodies of the child's county, all in one transaction. */
    @Transactional
    public ProtectionReportView fileReport(ProtectionReportInput input) {
        OffsetDateTime now = clock.now();
        List<Problem> problems = new ArrayList<>();
        ProtectionReport report = new ProtectionReport();
        boolean named = input.childId() != null;
        boolean described = input.describedChild() != null;
        if (named == described) {
            problems.add(Problem.ofField("input.childId", CHILD_OR_DESCRIPTION_REQUIRED,
                    "Name a registered child or describe one, not both."));
        }
        if (named && !described) {
            ChildAccess child = children.requireAccess("input.childId", input.childId(),
                    AuditOperation.PROTECTION_REPORT_FILE);
            report.childId = child.childId();
            report.childRegionCode = child.residenceVillageCode();
        } else if (described && !named) {
            describe(report, input.describedChild(), problems);
        }
        report.observed = TextRules.text("input.observed", input.observed(), 2000, true, problems);
        report.actionTaken = TextRules.text("input.actionTaken", input.actionTaken(), 1000, false, problems);
        if (input.discoveredAt().isAfter(now.plus(CLOCK_SKEW))
                || input.discoveredAt().isBefore(now.minus(OLDEST_DISCOVERY))) {
            problems.add(Problem.ofField("input.discoveredAt", DISCOVERED_AT_INVALID,
                    "discoveredAt lies in the past year and not in the future."));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        report.id = UUID.randomUUID();
        report.countyCode = countyOf(new RegionCode(report.childRegionCode)).value();
        report.category = input.category();
        report.discoveredAt = input.discoveredAt();
        report.immediateDanger = input.immediateDanger();
        report.reporterSubject = currentUser.subject();
        report.reporterName = currentUser.displayName();
        report.reporterOrganizationId = currentUser.organizationId().orElse(null);
        report.reporterRegionCode = currentUser.region().map(RegionCode::value).orElse(null);
        if (report.reporterOrganizationId == null && report.reporterRegionCode == null) {
            throw currentUser.refused();
        }
        report.filedAt = now;
        store.persist(report);
        List<ProtectionReportReceipt> receipts = route(report, now);
        store.flush();
        audit.event(AuditOperation.PROTECTION_REPORT_FILE).record(report.id).succeeded();
        return view(report, receipts, List.of(), List.of(), audience(report, receipts), now);
    }

    private void describe(ProtectionReport report, UnregisteredChildInput child, List<Problem> problems) {
        report.childName = TextRules.text("input.describedChild.name", child.name(), 50, true, problems);
        if (child.approximateAge() != null && (child.approximateAge() < 0 || child.approximateAge() > 17)) {
            problems.add(Problem.ofField("input.describedChild.approximateAge", APPROXIMATE_AGE_INVALID,
                    "A child is 0 to 17 years old."));
        } else if (child.approximateAge() != null) {
            report.childApproximateAge = child.approximateAge().shortValue();
        }
        report.guardianDescription = TextRules.text("input.describedChild.guardian", child.guardian(), 200, false,
                problems);
        Optional<RegionCode> place = regions.checkKnownRegion("input.describedChild.regionCode", child.regionCode(),
                problems);
        if (place.isPresent() && place.get().level() != RegionLevel.VILLAGE
                && place.get().level() != RegionLevel.TOWNSHIP) {
            problems.add(Problem.ofField("input.describedChild.regionCode", REPORT_PLACE_INVALID,
                    "The place is a village or a township."));
        } else {
            place.ifPresent(code -> report.childRegionCode = code.value());
        }
    }

    private static RegionCode countyOf(RegionCode region) {
        String prefix = region.value().substring(0, RegionLevel.COUNTY.prefixLength());
        return new RegionCode(prefix + "0".repeat(region.value().length() - prefix.length()));
    }

    /**
     * One receipt per receiving organization: for each kind, the route of the deepest region containing the county,
     * or else the organizations of that kind of the county, or of the nearest region above it that has one.
     */
    private List<ProtectionReportReceipt> route(ProtectionReport report, OffsetDateTime now) {
        RegionCode county = new RegionCode(report.countyCode);
        List<String> containing = Stream.concat(county.ancestors().stream(), Stream.of(county))
                .map(RegionCode::value).toList();
        Map<ReceiverKind, ReportRoute> routes = new EnumMap<>(ReceiverKind.class);
        store.listRoutes(containing).stream()
                .sorted(Comparator.comparingInt((ReportRoute route) -> new RegionCode(route.regionCode).level()
                        .ordinal()))
                .forEach(route -> routes.put(route.receiverKind, route));
        List<OrganizationView> working = organizations.listOrganizationsWorkingIn(county, Optional.empty());
        Duration within = report.immediateDanger ? config.acknowledgeWithin().immediateDanger()
                : config.acknowledgeWithin().other();
        List<ProtectionReportReceipt> receipts = new ArrayList<>();
        for (ReceiverKind kind : ReceiverKind.values()) {
            List<UUID> receivers;
            if (routes.containsKey(kind)) {
                receivers = List.of(routes.get(kind).organizationId);
            } else {
                List<OrganizationView> ofKind = working.stream()
                        .filter(organization -> organization.kind() == kind.organizationKind()).toList();
                int deepest = ofKind.stream().mapToInt(o -> new RegionCode(o.regionCode()).level().ordinal())
                        .max().orElse(-1);
                receivers = ofKind.stream().filter(o -> new RegionCode(o.regionCode()).level().ordinal() == deepest)
                        .map(o -> UUID.fromString(o.id())).toList();
            }
            for (UUID organization : receivers) {
                if (receipts.stream().noneMatch(r -> r.organizationId.equals(organization))) {
                    ProtectionReportReceipt receipt = new ProtectionReportReceipt();
                    receipt.id = UUID.randomUUID();
                    receipt.reportId = report.id;
                    receipt.organizationId = organization;
                    receipt.receiverKind = kind;
                    receipt.status = ReceiptStatus.OPEN;
                    receipt.acknowledgeBy = now.plus(within);
                    store.persistReceipt(receipt);
                    receipts.add(receipt);
                    if (report.childId != null) {
                        relationships.protectionReportReceived(report.childId, organization, receipt.id);
                    }
                    notifications.send(new Notice(NotificationKind.PROTECTION_REPORT_TO_ACKNOWLEDGE, SUBJECT_TYPE,
                            report.id, Addressee.organization(organization), "filed", receipt.acknowledgeBy));
                }
            }
        }
        return receipts;
    }

    /** A report the caller may see, as their audience sees it; {@code PROTECTION_REPORT_NOT_FOUND} otherwise. */
    @Transactional
    public ProtectionReportView findReport(String id) {
        UUID reportId = Ids.parse("id", id);
        ProtectionReport report = store.findById(reportId);
        List<ProtectionReportReceipt> receipts = report == null ? List.of() : store.listReceipts(List.of(reportId));
        Audience audience = report == null ? Audience.NONE : audience(report, receipts);
        if (audience == Audience.NONE) {
            audit.event(AuditOperation.PROTECTION_REPORT_READ).record(reportId).notFound();
            throw new ProtectionReportNotFoundException();
        }
        audit.event(AuditOperation.PROTECTION_REPORT_READ).record(reportId).succeeded();
        return view(report, receipts, audience);
    }

    /**
     * Whether a report the caller sees in full (a receiver's staff, a civil-affairs officer over the county) names
     * this child: for features that link a child's records to the report (linked actions on the child's case).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isReportAboutChild(UUID reportId, UUID childId) {
        ProtectionReport report = store.findById(reportId);
        return report != null && childId.equals(report.childId)
                && audience(report, store.listReceipts(List.of(reportId))) == Audience.RECEIVER;
    }

    /** A page of the reports of one list (filed by the caller, to handle, overdue), the latest filed first. */
    @Transactional
    public ProtectionReportConnection listReports(ProtectionReportFilter filter, Integer first, String after) {
        PageRequest page = PageRequest.of(first, after, CURSOR_KIND);
        boolean civilAffairs = currentUser.isCivilAffairsOfficer() && currentUser.childScope().hasJurisdiction();
        ProtectionReportStore.Caller caller = new ProtectionReportStore.Caller(currentUser.subject(),
                currentUser.organizationId(),
                civilAffairs ? currentUser.childScope().regionPrefix() : Optional.empty(),
                civilAffairs ? currentUser.region().map(RegionCode::value) : Optional.empty());
        if (filter.list() != ProtectionReportList.FILED_BY_ME && caller.organization().isEmpty() && !civilAffairs) {
            throw currentUser.refused();
        }
        OffsetDateTime now = clock.now();
        List<ProtectionReport> rows = store.page(filter.list(), caller, now, page);
        return connection(rows, page, now, filter.list().name());
    }

    /** A page of reports with how many there are in all: the list behind a figure. */
    public record CountedReports(long total, ProtectionReportConnection reports) {
    }

    /**
     * A page of the mandatory reports about children living under a region of a civil-affairs officer's jurisdiction
     * (another region is refused like an unknown one) filed in a year (through its end, or today while it runs), the
     * latest first, with how many there are in all: the list behind the annual report's figure
     * ({@link #countReportsFiled}). The officer receives each of them (their county's).
     */
    @Transactional
    public CountedReports listReportsFiled(String regionCode, int year, Integer first, String after) {
        PageRequest page = PageRequest.of(first, after, CURSOR_KIND);
        AccessScope scope = currentUser.requireJurisdiction();
        if (!currentUser.isCivilAffairsOfficer()) {
            throw currentUser.refused();
        }
        RegionCode region = regions.requireRegionInJurisdiction(regionCode, scope);
        OffsetDateTime now = clock.now();
        LocalDate today = now.atZoneSameInstant(ChinaTime.ZONE).toLocalDate();
        if (year < 2000 || year > today.getYear()) {
            throw ValidationFailedException.of("year", YEAR_INVALID, "A year from 2000 to this one.");
        }
        LocalDate end = today.isBefore(LocalDate.of(year, 12, 31)) ? today : LocalDate.of(year, 12, 31);
        OffsetDateTime from = LocalDate.of(year, 1, 1).atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
        OffsetDateTime before = end.plusDays(1).atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
        List<ProtectionReport> rows = store.pageFiled(region.scopePrefix(), from, before, page);
        return new CountedReports(store.countFiled(region.scopePrefix(), from, before),
                connection(rows, page, now, "FILED_IN_YEAR"));
    }

    private ProtectionReportConnection connection(List<ProtectionReport> rows, PageRequest page, OffsetDateTime now,
            String list) {
        List<UUID> ids = rows.stream().map(report -> report.id).toList();
        Map<UUID, List<ProtectionReportReceipt>> receipts = ids.isEmpty() ? Map.of()
                : store.listReceipts(ids).stream().collect(Collectors.groupingBy(r -> r.reportId));
        Map<UUID, List<ProtectionReportStep>> steps = ids.isEmpty() ? Map.of()
                : store.listSteps(ids).stream().collect(Collectors.groupingBy(s -> s.reportId));
        Map<UUID, UUID> reportOfReceipt = receipts.values().stream().flatMap(List::stream)
                .collect(Collectors.toMap(r -> r.id, r -> r.reportId));
        Map<UUID, List<ProtectionReportEscalation>> escalations = ids.isEmpty() ? Map.of()
                : store.listEscalations(ids).stream()
                        .collect(Collectors.groupingBy(e -> reportOfReceipt.get(e.receiptId)));
        List<ProtectionReportView> views = new ArrayList<>();
        for (ProtectionReport report : rows) {
            List<ProtectionReportReceipt> ofReport = receipts.getOrDefault(report.id, List.of());
            Audience audience = audience(report, ofReport);
            if (audience != Audience.NONE) {
                views.add(view(report, ofReport, steps.getOrDefault(report.id, List.of()),
                        escalations.getOrDefault(report.id, List.of()), audience, now));
            }
        }
        ProtectionReportConnection connection = page.toConnection(views, CURSOR_KIND,
                view -> ProtectionReportStore.LATEST_FIRST.key(view.filedAt(), view.id()), ProtectionReportEdge::new,
                ProtectionReportConnection::new);
        if (!connection.edges().isEmpty()) {
            audit.event(AuditOperation.PROTECTION_REPORT_LIST)
                    .records(connection.edges().stream().map(edge -> edge.node().id()).toList())
                    .because(list).succeeded();
        }
        return connection;
    }

    /** The receiver acknowledges its receipt; an escalated receipt stops being overdue. */
    @Transactional
    public ProtectionReportView acknowledgeReport(String receiptId, int expectedVersion) {
        ProtectionReportReceipt receipt = requireOwnReceipt(receiptId, expectedVersion,
                AuditOperation.PROTECTION_REPORT_ACKNOWLEDGE);
        if (receipt.status != ReceiptStatus.OPEN) {
            throw ValidationFailedException.of("receiptId", RECEIPT_NOT_OPEN, "The receipt was acknowledged already.");
        }
        acknowledge(receipt, clock.now());
        return save(receipt.reportId, AuditOperation.PROTECTION_REPORT_ACKNOWLEDGE, null);
    }

    /** A receiver (or a civil-affairs officer over the county) records a handling step. */
    @Transactional
    public ProtectionReportView addStep(String reportId, ProtectionReportStepInput input) {
        UUID id = Ids.parse("reportId", reportId);
        ProtectionReport report = store.findById(id);
        List<ProtectionReportReceipt> receipts = report == null ? List.of() : store.listReceipts(List.of(id));
        if (report == null || audience(report, receipts) != Audience.RECEIVER) {
            audit.event(AuditOperation.PROTECTION_REPORT_STEP_ADD).record(id).notFound();
            throw new ProtectionReportNotFoundException();
        }
        OffsetDateTime now = clock.now();
        List<Problem> problems = new ArrayList<>();
        String description = TextRules.text("input.description", input.description(), 1000, true, problems);
        OffsetDateTime takenAt = input.takenAt() == null ? now : input.takenAt();
        if (takenAt.isAfter(now.plus(CLOCK_SKEW)) || takenAt.isBefore(report.discoveredAt)) {
            problems.add(Problem.ofField("input.takenAt", TAKEN_AT_INVALID,
                    "takenAt lies between the discovery and now."));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        Optional<UUID> organization = currentUser.organizationId();
        ProtectionReportStep step = new ProtectionReportStep();
        step.id = UUID.randomUUID();
        step.reportId = id;
        step.receiptId = receipts.stream().filter(r -> organization.filter(r.organizationId::equals).isPresent())
                .map(r -> r.id).findFirst().orElse(null);
        step.takenAt = takenAt;
        step.description = description;
        step.recordedByName = currentUser.displayName();
        step.recordedBySubject = currentUser.subject();
        step.recordedAt = now;
        store.persistStep(step);
        return save(id, AuditOperation.PROTECTION_REPORT_STEP_ADD, null);
    }

    /** The receiver closes its receipt with the outcome the reporter will see (acknowledging it if need be). */
    @Transactional
    public ProtectionReportView closeReport(String receiptId, int expectedVersion, String outcome) {
        ProtectionReportReceipt receipt = requireOwnReceipt(receiptId, expectedVersion,
                AuditOperation.PROTECTION_REPORT_CLOSE);
        List<Problem> problems = new ArrayList<>();
        if (receipt.status == ReceiptStatus.CLOSED) {
            problems.add(Problem.ofField("receiptId", RECEIPT_CLOSED, "The receipt is closed already."));
        }
        String statedOutcome = TextRules.text("outcome", outcome, 1000, true, problems);
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        OffsetDateTime now = clock.now();
        if (receipt.status == ReceiptStatus.OPEN) {
            acknowledge(receipt, now);
        }
        receipt.status = ReceiptStatus.CLOSED;
        receipt.outcome = statedOutcome;
        receipt.closedAt = now;
        receipt.closedByName = currentUser.displayName();
        relationships.protectionReportClosed(receipt.id);
        return save(receipt.reportId, AuditOperation.PROTECTION_REPORT_CLOSE, null);
    }

    /**
     * Links the child a report described to the registered child, once: the description stays as the report's history.
     * For civil-affairs officers over the county and receivers' staff, who must reach the child.
     */
    @Transactional
    public ProtectionReportView linkChild(String reportId, int expectedVersion, String childId) {
        UUID id = Ids.parse("reportId", reportId);
        ProtectionReport report = store.findById(id);
        List<ProtectionReportReceipt> receipts = report == null ? List.of() : store.listReceipts(List.of(id));
        if (report == null || audience(report, receipts) != Audience.RECEIVER) {
            audit.event(AuditOperation.PROTECTION_REPORT_LINK_CHILD).record(id).notFound();
            throw new ProtectionReportNotFoundException();
        }
        if (report.version != expectedVersion) {
            throw audit.event(AuditOperation.PROTECTION_REPORT_LINK_CHILD).record(id).conflict();
        }
        if (report.childId != null) {
            throw ValidationFailedException.of("reportId", CHILD_ALREADY_LINKED, "The report names a child already.");
        }
        ChildAccess child = children.requireAccess("childId", childId, AuditOperation.PROTECTION_REPORT_LINK_CHILD);
        report.childId = child.childId();
        report.linkedAt = clock.now();
        report.linkedByName = currentUser.displayName();
        receipts.stream().filter(receipt -> receipt.status != ReceiptStatus.CLOSED).forEach(receipt ->
                relationships.protectionReportReceived(child.childId(), receipt.organizationId, receipt.id));
        return save(id, AuditOperation.PROTECTION_REPORT_LINK_CHILD, null);
    }

    /**
     * Sets where the reports of a region (a county, a city or the province) go for one kind of receiver. For
     * province civil-affairs officers, inside their province.
     */
    @Transactional
    public ReportRouteView setRoute(String regionCode, ReceiverKind kind, String organizationId) {
        if (!currentUser.hasRole(Roles.PROVINCE_OFFICER)) {
            throw currentUser.refused();
        }
        List<Problem> problems = new ArrayList<>();
        Optional<RegionCode> region = regions.checkKnownRegion("regionCode", regionCode, problems);
        if (region.isPresent() && region.get().level().ordinal() > RegionLevel.COUNTY.ordinal()) {
            problems.add(Problem.ofField("regionCode", ROUTE_REGION_INVALID,
                    "A route is for a county, a city or the province."));
        } else if (region.isPresent() && !currentUser.childScope().coversRegion(region.get().value())) {
            problems.add(Problem.ofField("regionCode", REGION_OUT_OF_SCOPE,
                    "The region lies outside your jurisdiction."));
        }
        UUID organizationUuid = Ids.parse("organizationId", organizationId);
        Optional<OrganizationView> organization = organizations.findOrganization(organizationUuid);
        if (organization.isEmpty()) {
            problems.add(Problem.ofField("organizationId", ORGANIZATION_NOT_FOUND, "No organization with this id."));
        } else if (organization.get().kind() != kind.organizationKind()) {
            problems.add(Problem.ofField("organizationId", ORGANIZATION_KIND_MISMATCH,
                    "The organization is not of the receiver's kind."));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        ReportRoute route = store.findRoute(region.get().value(), kind).orElseGet(() -> {
            ReportRoute created = new ReportRoute();
            created.regionCode = region.get().value();
            created.receiverKind = kind;
            return created;
        });
        route.organizationId = organizationUuid;
        route.updatedByName = currentUser.displayName();
        if (route.createdAt == null) {
            store.persistRoute(route);
        }
        store.flush();
        audit.event(AuditOperation.REPORT_ROUTE_SET).record(route.regionCode + ":" + kind.name())
                .because(organizationUuid.toString()).succeeded();
        return routeView(route);
    }

    /**
     * A page of the routes that concern a civil-affairs officer's jurisdiction: those of the regions in it and of the
     * regions above it, by region code then kind.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReportRouteConnection listRoutes(Integer first, String after) {
        PageRequest page = PageRequest.of(first, after, ROUTE_CURSOR_KIND);
        if (!currentUser.isCivilAffairsOfficer()) {
            throw currentUser.refused();
        }
        String prefix = currentUser.childScope().regionPrefix().orElseThrow(currentUser::refused);
        List<String> above = currentUser.region().map(region -> region.ancestors().stream().map(RegionCode::value)
                .toList()).orElse(List.of());
        List<ReportRouteView> rows = store.pageRoutes(prefix, above, page).stream()
                .map(ProtectionReportService::routeView).toList();
        return page.toConnection(rows, ROUTE_CURSOR_KIND,
                route -> ProtectionReportStore.BY_REGION_AND_KIND.key(route.regionCode() + ":" + route.receiverKind(),
                        null), ReportRouteEdge::new, ReportRouteConnection::new);
    }

    private static ReportRouteView routeView(ReportRoute route) {
        return new ReportRouteView(route.regionCode, route.receiverKind, route.organizationId.toString(),
                route.updatedAt, route.updatedByName);
    }

    /**
     * Escalates every receipt not acknowledged in time, as of now by the service's clock, first to the city and then
     * to the province (see {@link ProtectionReportStore#escalateOverdue}): safe to run on several instances at once.
     * Each level's escalations are audited as the job's, and alert the civil-affairs officers of the region escalated
     * to, in the same transaction (once per report and level, whichever run writes it). Returns the escalations added.
     */
    @Transactional
    public int escalateOverdueReceipts() {
        OffsetDateTime now = clock.now();
        int added = 0;
        for (EscalationLevel level : EscalationLevel.values()) {
            List<ProtectionReportStore.Escalated> escalated = store.escalateOverdue(level, now);
            if (!escalated.isEmpty()) {
                audit.recordByService(ESCALATION_JOB, AuditOperation.PROTECTION_REPORT_ESCALATE,
                        escalated.stream().map(ProtectionReportStore.Escalated::reportId).toList(), level.name());
                String officers = level == EscalationLevel.CITY ? Roles.CITY_OFFICER : Roles.PROVINCE_OFFICER;
                for (ProtectionReportStore.Escalated report : escalated) {
                    notifications.send(new Notice(NotificationKind.PROTECTION_REPORT_ESCALATED, SUBJECT_TYPE,
                            report.reportId(), Addressee.roleInRegion(officers, report.regionCode()),
                            "escalated:" + level.name(), null));
                }
            }
            added += escalated.size();
        }
        return added;
    }

    private ProtectionReportReceipt requireOwnReceipt(String receiptId, int expectedVersion,
            AuditOperation operation) {
        UUID id = Ids.parse("receiptId", receiptId);
        Optional<ProtectionReportReceipt> receipt = store.findReceipt(id);
        ProtectionReport report = receipt.map(r -> store.findById(r.reportId)).orElse(null);
        if (receipt.isEmpty() || report == null || !mayAnswer(receipt.get(), report)) {
            audit.event(operation).record(id).notFound();
            throw new ProtectionReportNotFoundException();
        }
        if (receipt.get().version != expectedVersion) {
            throw audit.event(operation).record(report.id).conflict();
        }
        return receipt.get();
    }

    /** The receiver's staff answer for it; civil-affairs officers over the county for the civil-affairs receipt. */
    private boolean mayAnswer(ProtectionReportReceipt receipt, ProtectionReport report) {
        if (currentUser.organizationId().filter(receipt.organizationId::equals).isPresent()) {
            return true;
        }
        return receipt.receiverKind == ReceiverKind.CIVIL_AFFAIRS && coversAsCivilAffairs(report);
    }

    private boolean coversAsCivilAffairs(ProtectionReport report) {
        return currentUser.isCivilAffairsOfficer() && currentUser.childScope().coversRegion(report.countyCode);
    }

    private void acknowledge(ProtectionReportReceipt receipt, OffsetDateTime now) {
        receipt.status = ReceiptStatus.ACKNOWLEDGED;
        receipt.acknowledgedAt = now;
        receipt.acknowledgedByName = currentUser.displayName();
        webhooks.reportAcknowledged(receipt.reportId, receipt.id, receipt.receiverKind.name(),
                store.findById(receipt.reportId).reporterOrganizationId);
    }

    private ProtectionReportView save(UUID reportId, AuditOperation operation, String reason) {
        store.flushOrConflict(() -> audit.event(operation).record(reportId).conflict());
        audit.event(operation).record(reportId).because(reason).succeeded();
        ProtectionReport report = store.findById(reportId);
        List<ProtectionReportReceipt> receipts = store.listReceipts(List.of(reportId));
        return view(report, receipts, audience(report, receipts));
    }

    Audience audience(ProtectionReport report, List<ProtectionReportReceipt> receipts) {
        Optional<UUID> organization = currentUser.organizationId();
        if (organization.isPresent() && receipts.stream().anyMatch(r -> r.organizationId.equals(organization.get()))) {
            return Audience.RECEIVER;
        }
        if (coversAsCivilAffairs(report)) {
            return Audience.RECEIVER;
        }
        return report.reporterSubject.equals(currentUser.subject()) ? Audience.REPORTER : Audience.NONE;
    }

    private ProtectionReportView view(ProtectionReport report, List<ProtectionReportReceipt> receipts,
            Audience audience) {
        List<ProtectionReportStep> steps = audience == Audience.RECEIVER ? store.listSteps(List.of(report.id))
                : List.of();
        List<ProtectionReportEscalation> escalations = audience == Audience.RECEIVER
                ? store.listEscalations(List.of(report.id)) : List.of();
        return view(report, receipts, steps, escalations, audience, clock.now());
    }

    static ProtectionReportView view(ProtectionReport report, List<ProtectionReportReceipt> receipts,
            List<ProtectionReportStep> steps, List<ProtectionReportEscalation> escalations, Audience audience,
            OffsetDateTime now) {
        boolean full = audience == Audience.RECEIVER;
        ProtectionReportStatus status;
        if (!receipts.isEmpty() && receipts.stream().allMatch(r -> r.status == ReceiptStatus.CLOSED)) {
            status = ProtectionReportStatus.CLOSED;
        } else if (receipts.stream().anyMatch(r -> r.status != ReceiptStatus.OPEN)) {
            status = ProtectionReportStatus.ACKNOWLEDGED;
        } else {
            status = ProtectionReportStatus.OPEN;
        }
        List<ProtectionReportReceiptView> receiptViews = receipts.stream().map(r -> new ProtectionReportReceiptView(
                r.id.toString(), r.organizationId.toString(), r.receiverKind, r.status, r.acknowledgeBy,
                overdue(r, now), r.acknowledgedAt, full ? r.acknowledgedByName : null, r.outcome, r.closedAt,
                full ? r.closedByName : null, (int) r.version)).toList();
        UnregisteredChildView described = report.childName == null ? null
                : new UnregisteredChildView(report.childName,
                        report.childApproximateAge == null ? null : report.childApproximateAge.intValue(),
                        report.childRegionCode, report.guardianDescription);
        return new ProtectionReportView(report.id.toString(),
                report.childId == null ? null : report.childId.toString(), described, report.countyCode,
                report.category, report.observed, report.discoveredAt, report.immediateDanger, report.actionTaken,
                report.filedAt, report.reporterName,
                report.reporterOrganizationId == null ? null : report.reporterOrganizationId.toString(), status,
                receipts.stream().anyMatch(r -> overdue(r, now)), receiptViews,
                full ? steps.stream().map(s -> new ProtectionReportStepView(s.id.toString(),
                        s.receiptId == null ? null : s.receiptId.toString(), s.takenAt, s.description,
                        s.recordedByName)).toList() : null,
                full ? escalations.stream().map(e -> new ProtectionReportEscalationView(e.receiptId.toString(),
                        e.level, e.regionCode, e.escalatedAt)).toList() : null,
                report.linkedAt, full ? report.linkedByName : null, (int) report.version);
    }

    private static boolean overdue(ProtectionReportReceipt receipt, OffsetDateTime now) {
        return receipt.status == ReceiptStatus.OPEN && !receipt.acknowledgeBy.isAfter(now);
    }

    /**
     * How many mandatory reports about children living under a region of a civil-affairs officer's jurisdiction were
     * filed between two days (China time): a count for the annual progress report, nothing of the reports. One query.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long countReportsFiled(String regionCode, LocalDate from, LocalDate through) {
        AccessScope scope = currentUser.requireJurisdiction();
        if (!currentUser.isCivilAffairsOfficer()) {
            throw currentUser.refused();
        }
        RegionCode region = regions.requireRegionInJurisdiction(regionCode, scope);
        return store.countFiled(region.scopePrefix(), from.atStartOfDay(ChinaTime.ZONE).toOffsetDateTime(),
                through.plusDays(1).atStartOfDay(ChinaTime.ZONE).toOffsetDateTime());
    }
}
