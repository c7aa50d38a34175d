package org.tonghu.portal.child;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tonghu.activity.ActivityConnection;
import org.tonghu.activity.ActivityEdge;
import org.tonghu.activity.ActivityView;
import org.tonghu.audit.AuditLog;
import org.tonghu.audit.AuditOperation;
import org.tonghu.care.CareRecordConnection;
import org.tonghu.care.CareRecordEdge;
import org.tonghu.care.CareRecordView;
import org.tonghu.childfile.ChildFileService;
import org.tonghu.childfile.ChildFileView;
import org.tonghu.concern.ConcernConnection;
import org.tonghu.concern.ConcernEdge;
import org.tonghu.concern.ConcernView;
import org.tonghu.director.AppointmentService;
import org.tonghu.graphql.PageInfo;
import org.tonghu.guardian.GuardianService;
import org.tonghu.organization.OrganizationService;
import org.tonghu.pairing.PairingConnection;
import org.tonghu.pairing.PairingEdge;
import org.tonghu.pairing.PairingView;
import org.tonghu.referral.ReferralConnection;
import org.tonghu.referral.ReferralEdge;
import org.tonghu.referral.ReferralView;
import org.tonghu.region.RegionService;
import org.tonghu.region.RegionView;
import org.tonghu.rehabilitation.RehabilitationConnection;
import org.tonghu.rehabilitation.RehabilitationEdge;
import org.tonghu.rehabilitation.RehabilitationView;
import org.tonghu.visit.VisitConnection;
import org.tonghu.visit.VisitEdge;
import org.tonghu.visit.VisitView;
import org.tonghu.worklog.WorkLogConnection;
import org.tonghu.worklog.WorkLogEdge;
import org.tonghu.worklog.WorkLogEntryView;

/**
 * Reads a whole child's file for the file page (the newest records of each section) and for its export (every
 * record), through the same services as the API's {@code childFile}: the same scope, field rules and audit.
 */
@ApplicationScoped
class ChildFileReader {

    /** How many records of each section the file page shows; the export has them all. */
    static final int PAGE_SECTION_SIZE = 20;

    private static final int API_PAGE_SIZE = 100;

    private final ChildFileService files;
    private final GuardianService guardians;
    private final AppointmentService appointments;
    private final OrganizationService organizations;
    private final RegionService regions;
    private final AuditLog audit;

    ChildFileReader(ChildFileService files, GuardianService guardians, AppointmentService appointments,
            OrganizationService organizations, RegionService regions, AuditLog audit) {
        this.files = files;
        this.guardians = guardians;
        this.appointments = appointments;
        this.organizations = organizations;
        this.regions = regions;
        this.audit = audit;
    }

    /** The file page's contents: the newest {@value #PAGE_SECTION_SIZE} records of each section. */
    @Transactional
    ChildFileContents readPage(String childId) {
        return read(childId, PAGE_SECTION_SIZE);
    }

    /** The whole file for its export; the export itself is audited besides the reads. */
    @Transactional
    ChildFileContents readForExport(String childId) {
        ChildFileContents contents = read(childId, Integer.MAX_VALUE);
        audit.event(AuditOperation.CHILD_FILE_EXPORT).records(List.of(UUID.fromString(contents.file().child().id())))
                .succeeded();
        return contents;
    }

    /** The file with at most {@code perSection} records of each section (the newest first). */
    private ChildFileContents read(String childId, int perSection) {
        ChildFileView file = files.findChildFile(childId);
        ChildFileSection<VisitView> visits = collect((first, after) -> files.visits(file, false, first, after),
                VisitConnection::edges, VisitEdge::node, VisitConnection::pageInfo, perSection);
        ChildFileSection<ConcernView> concerns = collect((first, after) -> files.concerns(file, first, after),
                ConcernConnection::edges, ConcernEdge::node, ConcernConnection::pageInfo, perSection);
        ChildFileSection<CareRecordView> care = collect((first, after) -> files.careRecords(file, first, after),
                CareRecordConnection::edges, CareRecordEdge::node, CareRecordConnection::pageInfo, perSection);
        ChildFileSection<PairingView> pairings = collect((first, after) -> files.pairings(file, first, after),
                PairingConnection::edges, PairingEdge::node, PairingConnection::pageInfo, perSection);
        ChildFileSection<ReferralView> referrals = collect((first, after) -> files.referrals(file, first, after),
                ReferralConnection::edges, ReferralEdge::node, ReferralConnection::pageInfo, perSection);
        ChildFileSection<RehabilitationView> rehabilitation = collect(
                (first, after) -> files.rehabilitation(file, first, after), RehabilitationConnection::edges,
                RehabilitationEdge::node, RehabilitationConnection::pageInfo, perSection);
        ChildFileSection<ActivityView> activities = collect((first, after) -> files.activities(file, first, after),
                ActivityConnection::edges, ActivityEdge::node, ActivityConnection::pageInfo, perSection);
        // partners get no work log: the first page tells, and is the first page of the section too
        Optional<WorkLogConnection> firstWorkLogPage = files.workLog(file, Math.min(API_PAGE_SIZE, perSection), null);
        ChildFileSection<WorkLogEntryView> workLog = firstWorkLogPage.isEmpty() ? null
                : collect((first, after) -> after == null ? firstWorkLogPage.get()
                        : files.workLog(file, first, after).orElseThrow(),
                        WorkLogConnection::edges, WorkLogEdge::node, WorkLogConnection::pageInfo, perSection);

        Set<UUID> organizationIds = new HashSet<>();
        referrals.records().forEach(referral -> {
            addId(organizationIds, referral.fromOrganizationId());
            addId(organizationIds, referral.toOrganizationId());
        });
        pairings.records().forEach(pairing -> addId(organizationIds, pairing.organizationId()));
        rehabilitation.records().forEach(step -> addId(organizationIds, step.organizationId()));
        activities.records().forEach(activity -> addId(organizationIds, activity.organizationId()));
        care.records().forEach(record -> addId(organizationIds, record.providerOrganizationId()));
        Map<String, String> organizationNames = organizations.findOrganizations(organizationIds).entrySet().stream()
                .collect(Collectors.toMap(entry -> entry.getKey().toString(), entry -> entry.getValue().name()));
        RegionView village = regions.findRegions(Set.of(file.child().residenceVillageCode()))
                .get(file.child().residenceVillageCode());

        return new ChildFileContents(file, village, guardians.guardiansOf(List.of(file.child())).get(0),
                appointments.directorsOf(List.of(file.child())).get(0), visits, concerns, care, pairings, referrals,
                rehabilitation, activities, workLog, organizationNames);
    }

    private static void addId(Set<UUID> ids, String id) {
        if (id != null) {
            ids.add(UUID.fromString(id));
        }
    }

    /** Walks a section's pages until {@code limit} records or the end. */
    private static <C, E, N> ChildFileSection<N> collect(BiFunction<Integer, String, C> page,
            Function<C, List<E>> edges, Function<E, N> node, Function<C, PageInfo> pageInfo, int limit) {
        List<N> records = new ArrayList<>();
        String after = null;
        while (true) {
            C connection = page.apply(Math.min(API_PAGE_SIZE, limit - records.size()), after);
            edges.apply(connection).forEach(edge -> records.add(node.apply(edge)));
            PageInfo info = pageInfo.apply(connection);
            if (!info.hasNextPage()) {
                return new ChildFileSection<>(records, false);
            }
            if (records.size() >= limit) {
                return new ChildFileSection<>(records, true);
            }
            after = info.endCursor();
        }
    }
}
