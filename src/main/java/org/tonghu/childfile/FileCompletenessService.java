package org.tonghu.childfile;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tonghu.child.ChildService;
import org.tonghu.child.ChildService.OpenFilePage;
import org.tonghu.concern.ConcernService;
import org.tonghu.guardian.GuardianService;
import org.tonghu.region.RegionService;
import org.tonghu.regioncode.RegionCode;
import org.tonghu.security.CurrentUser;
import org.tonghu.spotcheck.SpotCheckConfig;
import org.tonghu.visit.VisitService;

/**
 * Whether children's files are complete (一人一档, §9 of the plan: a file holds the child's basic information, the
 * visit records, and the problems found with what was done about them), judged on what the data can answer, as the
 * spot check's pre-filled items are: a file is complete when a guardian is recorded, the child was visited (a current
 * visit record) between 1 January and the counting day, and no concern is left OPEN past the spot check's follow-up
 * days. Judged over the open files of a county or city of the caller's jurisdiction, in one statement per part.
 */
@ApplicationScoped
public class FileCompletenessService {

    /** A part of a file that the data can check. */
    public enum FilePart {
        /** At least one guardian recorded. */
        GUARDIAN,
        /** A visit record between 1 January and the counting day. */
        VISIT_THIS_YEAR,
        /** No concern left OPEN past the follow-up days. */
        CONCERNS_FOLLOWED_UP
    }

    /** Which files a list shows: the complete ones, the incomplete ones, or those missing one part. */
    public enum FileListing {
        COMPLETE, INCOMPLETE, WITHOUT_GUARDIAN, WITHOUT_VISIT_THIS_YEAR, CONCERNS_NOT_FOLLOWED_UP;

        Set<UUID> ids(FileCompleteness completeness) {
            return switch (this) {
                case COMPLETE, INCOMPLETE -> completeness.incomplete();
                case WITHOUT_GUARDIAN -> completeness.missing(FilePart.GUARDIAN);
                case WITHOUT_VISIT_THIS_YEAR -> completeness.missing(FilePart.VISIT_THIS_YEAR);
                case CONCERNS_NOT_FOLLOWED_UP -> completeness.missing(FilePart.CONCERNS_FOLLOWED_UP);
            };
        }
    }

    /** The open files of a region, and which of them miss each part. */
    public record FileCompleteness(long openFiles, Map<FilePart, Set<UUID>> missingParts, Set<UUID> incomplete) {

        public Set<UUID> missing(FilePart part) {
            return missingParts.getOrDefault(part, Set.of());
        }

        public long complete() {
            return openFiles - incomplete.size();
        }
    }

    private final ChildService children;
    private final GuardianService guardians;
    private final VisitService visits;
    private final ConcernService concerns;
    private final RegionService regions;
    private final CurrentUser currentUser;
    private final SpotCheckConfig spotChecks;

    FileCompletenessService(ChildService children, GuardianService guardians, VisitService visits,
            ConcernService concerns, RegionService regions, CurrentUser currentUser, SpotCheckConfig spotChecks) {
        this.children = children;
        this.guardians = guardians;
        this.visits = visits;
        this.concerns = concerns;
        this.regions = regions;
        this.currentUser = currentUser;
        this.spotChecks = spotChecks;
    }

    /** The completeness of the open files of a region of the caller's jurisdiction, visits counted in the year. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FileCompleteness completeness(String regionCode, int year, LocalDate through) {
        RegionCode region = regions.requireRegionInJurisdiction(regionCode, currentUser.requireJurisdiction());
        String prefix = region.scopePrefix();
        LocalDate from = LocalDate.of(year, 1, 1);
        long open = children.countRegisteredAndClosed(regionCode, from, through)[0];
        Map<FilePart, Set<UUID>> missing = new EnumMap<>(FilePart.class);
        missing.put(FilePart.GUARDIAN, guardians.openFilesWithoutGuardian(prefix));
        missing.put(FilePart.VISIT_THIS_YEAR, visits.openFilesWithoutVisit(prefix, from, through));
        missing.put(FilePart.CONCERNS_FOLLOWED_UP, concerns.openFilesWithUnattendedConcern(prefix,
                through.minusDays(spotChecks.concernFollowUpDays())));
        Set<UUID> incomplete = new HashSet<>();
        missing.values().forEach(incomplete::addAll);
        return new FileCompleteness(open, Collections.unmodifiableMap(missing), incomplete);
    }

    /** A page of the files of one listing of a region's completeness (audited as a list of children). */
    @Transactional
    public OpenFilePage listFiles(String regionCode, int year, LocalDate through, FileListing listing, int offset,
            int limit) {
        FileCompleteness completeness = completeness(regionCode, year, through);
        return children.pageOpenFiles(regionCode, listing.ids(completeness), listing == FileListing.COMPLETE, offset,
                limit, "FILE_COMPLETENESS_" + listing.name());
    }
}
