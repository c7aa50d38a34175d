package org.tonghu.progressreport;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.tonghu.graphql.ConflictException;
import org.tonghu.persistence.NativeSql;
import org.tonghu.persistence.Writes;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * The tables of annual progress reports: {@code progress_report}, its versions and their frozen figures, and the
 * deadlines the province set.
 */
@ApplicationScoped
class ProgressReportStore implements PanacheRepositoryBase<ProgressReport, UUID> {

    static final String REGION_YEAR_INDEX = "progress_report_region_year_idx";

    Optional<ProgressReport> findOf(String regionCode, int year) {
        return find("regionCode = ?1 and year = ?2", regionCode, year).firstResultOptional();
    }

    /** The reports of a year of regions under a prefix, of a level. */
    List<ProgressReport> listOfYear(int year, String regionPrefix, String level) {
        return NativeSql.of("select r.* from progress_report r where r.year = :year and r.level = :level"
                + " and r.region_code like :prefix order by r.region_code").bind("year", year).bind("level", level)
                .bind("prefix", regionPrefix + "%").list(getEntityManager(), ProgressReport.class);
    }

    /** The versions of a report, the first first. */
    List<ProgressReportVersion> versionsOf(UUID reportId) {
        return NativeSql.of("select v.* from progress_report_version v where v.report_id = :report order by v.number")
                .bind("report", reportId).list(getEntityManager(), ProgressReportVersion.class);
    }

    /** The frozen figures of these versions, each version's in order; one query. */
    Map<UUID, List<ProgressFigure>> figuresOf(Collection<UUID> versionIds) {
        Map<UUID, List<ProgressFigure>> figures = new LinkedHashMap<>();
        if (versionIds.isEmpty()) {
            return figures;
        }
        NativeSql.of("select f.version_id, f.figure_key, f.value, f.list_link from progress_report_figure f"
                + " where f.version_id in (:versions) order by f.version_id, f.position").bind("versions", versionIds)
                .rows(getEntityManager()).forEach(row -> figures.computeIfAbsent((UUID) row[0], id -> new ArrayList<>())
                        .add(new ProgressFigure((String) row[1], ((Number) row[2]).longValue(), (String) row[3])));
        return figures;
    }

    void persistVersion(ProgressReportVersion version, List<ProgressFigure> figures) {
        getEntityManager().persist(version);
        getEntityManager().flush();
        int position = 0;
        for (ProgressFigure figure : figures) {
            NativeSql.of("insert into progress_report_figure (version_id, position, figure_key, value, list_link)"
                    + " values (:version, :position, :key, :value, :list)").bind("version", version.id)
                    .bind("position", position++).bind("key", figure.key()).bind("value", figure.value())
                    .bind("list", figure.list()).execute(getEntityManager());
        }
    }

    /**
     * The county reports' versions a city's report sums for a year now: each county report's latest version, if it
     * stands (the report is submitted or accepted), by region code; one query.
     */
    List<CountyVersion> standingCountyVersions(String cityPrefix, int year) {
        return countyVersions(NativeSql.of("select r.id, r.region_code, v.id, v.number from progress_report r"
                + " join progress_report_version v on v.report_id = r.id and v.number = r.submissions"
                + " where r.year = :year and r.level = 'COUNTY' and r.region_code like :prefix"
                + " and r.status in ('SUBMITTED', 'ACCEPTED') order by r.region_code").bind("year", year)
                .bind("prefix", cityPrefix + "%"));
    }

    /** The county reports' versions a city's version summed when it was submitted, by region code; one query. */
    List<CountyVersion> summedCountyVersions(UUID cityVersionId) {
        return countyVersions(NativeSql.of("select r.id, r.region_code, v.id, v.number"
                + " from progress_report_summed_version s"
                + " join progress_report_version v on v.id = s.county_version_id"
                + " join progress_report r on r.id = v.report_id"
                + " where s.city_version_id = :version order by r.region_code").bind("version", cityVersionId));
    }

    private List<CountyVersion> countyVersions(NativeSql query) {
        return query.rows(getEntityManager()).stream().map(row -> new CountyVersion((UUID) row[0], (String) row[1],
                (UUID) row[2], ((Number) row[3]).intValue())).toList();
    }

    /** Records which county versions a city's version sums (written with the version, never changed). */
    void persistSummedVersions(UUID cityVersionId, List<CountyVersion> counties) {
        for (CountyVersion county : counties) {
            NativeSql.of("insert into progress_report_summed_version (city_version_id, county_version_id)"
                    + " values (:city, :county)").bind("city", cityVersionId).bind("county", county.versionId())
                    .execute(getEntityManager());
        }
    }

    /** A county report's version, as a city's report sums it. */
    record CountyVersion(UUID reportId, String regionCode, UUID versionId, int number) {
    }

    Optional<ProgressReportDeadline> deadline(int year) {
        return Optional.ofNullable(getEntityManager().find(ProgressReportDeadline.class, year));
    }

    void persistDeadline(ProgressReportDeadline deadline) {
        getEntityManager().persist(deadline);
    }

    /** Flushes a new report, turning a concurrent second report of the region and year into the check's problem. */
    void flushOrExists(String field, String code, String message, Runnable recordRefusal) {
        Writes.flushOrProblem(getEntityManager(), REGION_YEAR_INDEX, field, code, message, recordRefusal);
    }

    /** Flushes pending changes; another writer's change since the read becomes {@code conflict}. */
    void flushOrConflict(Supplier<ConflictException> conflict) {
        Writes.flushOrConflict(getEntityManager(), conflict);
    }
}
