package org.tonghu.spotcheck;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.tonghu.child.ChildScope;
import org.tonghu.graphql.ConflictException;
import org.tonghu.graphql.PageRequest;
import org.tonghu.persistence.NativeSql;
import org.tonghu.persistence.NativeSql.Keyset;
import org.tonghu.persistence.SqlValues;
import org.tonghu.persistence.Writes;

/**
 * The tables of file spot checks: {@code spot_check}, {@code spot_check_file}, {@code spot_check_item} and
 * {@code rectification_task}. The draw reads the child table through {@link ChildScope}'s fragments, in one statement
 * for the whole region.
 */
@ApplicationScoped
class SpotCheckStore {

    /** The keyset of spot-check lists: the latest opened first. */
    static final Keyset LATEST_FIRST = Keyset.timestampThenId("s.opened_at", "s.id", Keyset.Order.DESCENDING);
    /** The keyset of a check's files: by township, then rank in the draw. */
    static final Keyset BY_POSITION = Keyset.textThenId("f.position", "f.id");
    /** The keyset of task lists: the earliest deadline first. */
    static final Keyset DUE_FIRST = Keyset.dateThenId("t.due_on", "t.id", Keyset.Order.ASCENDING);

    /** A file of a draw: the child, its township and village, and its rank in the township. */
    record Drawn(UUID childId, String townshipCode, String villageCode, int rank) {
    }

    /** Counts of one township of a check (or of the whole check when the code is null). */
    record Tally(String townshipCode, int files, int scored, int passed, int failedItems, long scoreSum,
            int openTasks) {
    }

    private final EntityManager entityManager;

    SpotCheckStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The draw: of the children living under the region prefix whose file was open on {@code populationOn}, in each
     * township the first {@code perTownship} by md5(seed || child id) (ties, which md5 makes practically impossible,
     * by id); by township and rank. One statement for the whole region, whatever the order the rows are stored in.
     */
    List<Drawn> draw(String regionPrefix, String seed, int perTownship, LocalDate populationOn) {
        Map<String, Object> parameters = new HashMap<>();
        String village = ChildScope.residenceVillage("c");
        String where = ChildScope.livesUnder("c", regionPrefix, parameters) + " and "
                + ChildScope.inCareOn("c", populationOn, parameters);
        return NativeSql.of("select d.id, d.township, d.village, d.rank from (select c.id, substr(" + village
                + ", 1, 9) || '000' as township, " + village + " as village, row_number() over (partition by substr("
                + village + ", 1, 9) order by md5(:seed || c.id::text) collate \"C\", c.id) as rank"
                + " from child c where " + where + ") d where d.rank <= :perTownship order by d.township, d.rank")
                .bindAll(parameters).bind("seed", seed).bind("perTownship", perTownship).rows(entityManager)
                .stream().map(row -> new Drawn((UUID) row[0], (String) row[1], (String) row[2],
                        SqlValues.integer(row[3])))
                .toList();
    }

    Optional<SpotCheck> findCheck(UUID id) {
        return Optional.ofNullable(entityManager.find(SpotCheck.class, id));
    }

    Optional<SpotCheck> findCheck(String regionCode, int year) {
        return NativeSql.of("select s.* from spot_check s where s.region_code = :region and s.year = :year")
                .bind("region", regionCode).bind("year", year).list(entityManager, SpotCheck.class).stream()
                .findFirst();
    }

    Optional<SpotCheckFile> findFile(UUID id) {
        return Optional.ofNullable(entityManager.find(SpotCheckFile.class, id));
    }

    Optional<RectificationTask> findTask(UUID id) {
        return Optional.ofNullable(entityManager.find(RectificationTask.class, id));
    }

    void persist(Object entity) {
        entityManager.persist(entity);
    }

    /** Writes a new check and its files now; a second check of the region and year becomes the problem. */
    void flushOrExists(String field, String code, String message, Runnable recordRefusal) {
        Writes.flushOrProblem(entityManager, "spot_check_once_a_year", field, code, message, recordRefusal);
    }

    void flushOrConflict(Supplier<ConflictException> conflict) {
        Writes.flushOrConflict(entityManager, conflict);
    }

    /** A page of the checks of regions under (or above, with {@code regionPrefix} empty) a prefix, latest first. */
    List<SpotCheck> pageChecks(String regionPrefix, Integer year, PageRequest page) {
        return NativeSql.of("select s.* from spot_check s where s.region_code like :prefix")
                .bind("prefix", regionPrefix + "%").andIf(year != null, "s.year = :year", "year", year)
                .keysetPage(page, LATEST_FIRST).list(entityManager, SpotCheck.class);
    }

    /** How many files each check drew and how many are scored; one query. */
    Map<UUID, int[]> countFiles(Collection<UUID> checkIds) {
        Map<UUID, int[]> counts = new HashMap<>();
        if (checkIds.isEmpty()) {
            return counts;
        }
        NativeSql.of("select f.spot_check_id, count(*), count(f.scored_at) from spot_check_file f"
                + " where f.spot_check_id in (:checks) group by f.spot_check_id").bind("checks", checkIds)
                .rows(entityManager).forEach(row -> counts.put((UUID) row[0],
                        new int[] { SqlValues.integer(row[1]), SqlValues.integer(row[2]) }));
        return counts;
    }

    /** The files a check recorded, by township and rank. */
    List<SpotCheckFile> filesOf(UUID checkId) {
        return NativeSql.of("select f.* from spot_check_file f where f.spot_check_id = :check"
                + " order by f.position, f.id").bind("check", checkId).list(entityManager, SpotCheckFile.class);
    }

    /** A page of a check's files, optionally of one township, by township and rank. */
    List<SpotCheckFile> pageFiles(UUID checkId, String townshipCode, PageRequest page) {
        return NativeSql.of("select f.* from spot_check_file f where f.spot_check_id = :check").bind("check", checkId)
                .andIf(townshipCode != null, "f.township_code = :township", "township", townshipCode)
                .keysetPage(page, BY_POSITION).list(entityManager, SpotCheckFile.class);
    }

    /**
     * A page of the files drawn by a year's checks from villages under a prefix, by township and rank: those scored,
     * passed, or with a failed item, as {@link #summarize} counts them.
     */
    List<SpotCheckFile> pageFilesOfYear(String villagePrefix, int year, SpotCheckFigure figure, PageRequest page) {
        return filesOfYear("select f.*", villagePrefix, year, figure).keysetPage(page, BY_POSITION)
                .list(entityManager, SpotCheckFile.class);
    }

    /** How many files {@link #pageFilesOfYear} lists in all, or for FAILED_ITEMS how many items failed. */
    long countOfYear(String villagePrefix, int year, SpotCheckFigure figure) {
        if (figure == SpotCheckFigure.FAILED_ITEMS) {
            return NativeSql.of("select count(*) from spot_check_item i join spot_check_file f on f.id = i.file_id"
                    + " join spot_check s on s.id = f.spot_check_id"
                    + " where s.year = :year and f.village_code like :prefix and not i.passed")
                    .bind("year", year).bind("prefix", villagePrefix + "%").column(entityManager, Long.class).get(0);
        }
        return filesOfYear("select count(*)", villagePrefix, year, figure).column(entityManager, Long.class).get(0);
    }

    private static NativeSql filesOfYear(String select, String villagePrefix, int year, SpotCheckFigure figure) {
        NativeSql sql = NativeSql.of(select + " from spot_check_file f join spot_check s on s.id = f.spot_check_id"
                + " where s.year = :year and f.village_code like :prefix").bind("year", year)
                .bind("prefix", villagePrefix + "%");
        return switch (figure) {
            case SCORED -> sql.and("f.scored_at is not null");
            case PASSED -> sql.and("f.passed");
            case FAILED_ITEMS -> sql.and("exists (select 1 from spot_check_item i where i.file_id = f.id"
                    + " and not i.passed)");
        };
    }

    /** The scored items of these files, by file, in checklist order. */
    Map<UUID, Map<SpotCheckItem, Object[]>> itemsOf(Collection<UUID> fileIds) {
        Map<UUID, Map<SpotCheckItem, Object[]>> items = new HashMap<>();
        if (fileIds.isEmpty()) {
            return items;
        }
        NativeSql.of("select i.file_id, i.item, i.passed, i.note from spot_check_item i where i.file_id in (:files)")
                .bind("files", fileIds).rows(entityManager)
                .forEach(row -> items.computeIfAbsent((UUID) row[0], id -> new LinkedHashMap<>())
                        .put(SpotCheckItem.valueOf((String) row[1]), new Object[] { row[2], row[3] }));
        return items;
    }

    /** Writes one item of a scored file. */
    void insertItem(UUID fileId, SpotCheckItem item, Boolean prefilled, boolean passed, String note) {
        NativeSql.of("insert into spot_check_item (file_id, item, prefilled, passed, note) values (:file, :item, "
                + (prefilled == null ? "null" : prefilled ? "true" : "false") + ", :passed, "
                + (note == null ? "null" : ":note") + ")")
                .bind("file", fileId).bind("item", item.name()).bind("passed", passed)
                .bindAll(note == null ? Map.of() : Map.of("note", note))
                .execute(entityManager);
    }

    /** The counts of a check by township (code order) and, last, for the whole check (township null). */
    List<Tally> tally(UUID checkId) {
        String failed = "(select count(*) from spot_check_item i where i.file_id = f.id and not i.passed)";
        String open = "(select count(*) from rectification_task t where t.file_id = f.id and t.status <> 'CONFIRMED')";
        return NativeSql.of("select f.township_code, count(*), count(f.scored_at), count(*) filter (where f.passed),"
                + " coalesce(sum(" + failed + "), 0), coalesce(sum(f.score), 0), coalesce(sum(" + open + "), 0)"
                + " from spot_check_file f where f.spot_check_id = :check"
                + " group by grouping sets ((f.township_code), ()) order by f.township_code nulls last")
                .bind("check", checkId).rows(entityManager).stream()
                .map(row -> new Tally((String) row[0], SqlValues.integer(row[1]), SqlValues.integer(row[2]),
                        SqlValues.integer(row[3]), SqlValues.integer(row[4]), ((Number) row[5]).longValue(),
                        SqlValues.integer(row[6])))
                .toList();
    }

    /**
     * A page of the tasks of a year's checks on files of villages under a prefix, confirmed or not yet, by deadline:
     * the tasks {@link #summarize} counts.
     */
    List<RectificationTask> pageTasksOfYear(String villagePrefix, int year, boolean confirmed, PageRequest page) {
        return tasksOfYear("select t.*", villagePrefix, year, confirmed).keysetPage(page, DUE_FIRST)
                .list(entityManager, RectificationTask.class);
    }

    /** How many tasks {@link #pageTasksOfYear} lists in all. */
    long countTasksOfYear(String villagePrefix, int year, boolean confirmed) {
        return tasksOfYear("select count(*)", villagePrefix, year, confirmed).column(entityManager, Long.class).get(0);
    }

    private static NativeSql tasksOfYear(String select, String villagePrefix, int year, boolean confirmed) {
        return NativeSql.of(select + " from rectification_task t join spot_check_file f on f.id = t.file_id"
                + " join spot_check s on s.id = t.spot_check_id where s.year = :year and f.village_code like :prefix")
                .bind("year", year).bind("prefix", villagePrefix + "%")
                .and(confirmed ? "t.status = 'CONFIRMED'" : "t.status <> 'CONFIRMED'");
    }

    /**
     * A page of tasks of the villages under a prefix, by deadline: optionally of one status, of one check, or only
     * the overdue (OPEN and due before {@code today}).
     */
    List<RectificationTask> pageTasks(String villagePrefix, RectificationTaskStatus status, UUID checkId,
            boolean overdueOnly, LocalDate today, PageRequest page) {
        NativeSql sql = NativeSql.of("select t.* from rectification_task t where t.village_code like :prefix")
                .bind("prefix", villagePrefix + "%")
                .andIf(status != null, "t.status = :status", "status", status == null ? null : status.name())
                .andIf(checkId != null, "t.spot_check_id = :check", "check", checkId);
        if (overdueOnly) {
            sql.and("t.status = 'OPEN'").and("t.due_on < :today", "today", today);
        }
        return sql.keysetPage(page, DUE_FIRST).list(entityManager, RectificationTask.class);
    }

    /**
     * A year's figures of the files drawn from villages under a prefix, whatever check drew them: files scored,
     * passed, items failed, tasks not confirmed and confirmed. Three queries.
     */
    SpotCheckSummary summarize(String villagePrefix, int year) {
        Object[] files = NativeSql.of("select count(f.scored_at), count(*) filter (where f.passed)"
                + " from spot_check_file f join spot_check s on s.id = f.spot_check_id"
                + " where s.year = :year and f.village_code like :prefix")
                .bind("year", year).bind("prefix", villagePrefix + "%").rows(entityManager).get(0);
        long failed = NativeSql.of("select count(*) from spot_check_item i join spot_check_file f on f.id = i.file_id"
                + " join spot_check s on s.id = f.spot_check_id"
                + " where s.year = :year and f.village_code like :prefix and not i.passed")
                .bind("year", year).bind("prefix", villagePrefix + "%").column(entityManager, Long.class).get(0);
        Object[] tasks = NativeSql.of("select count(*) filter (where t.status <> 'CONFIRMED'),"
                + " count(*) filter (where t.status = 'CONFIRMED') from rectification_task t"
                + " join spot_check_file f on f.id = t.file_id join spot_check s on s.id = t.spot_check_id"
                + " where s.year = :year and f.village_code like :prefix")
                .bind("year", year).bind("prefix", villagePrefix + "%").rows(entityManager).get(0);
        return new SpotCheckSummary(SqlValues.integer(files[0]), SqlValues.integer(files[1]), (int) failed,
                SqlValues.integer(tasks[0]), SqlValues.integer(tasks[1]));
    }
}
