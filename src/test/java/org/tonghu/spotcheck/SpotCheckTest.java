package org.tonghu.spotcheck;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tonghu.testing.GraphQLClient.document;
import static org.tonghu.testing.GraphQLClient.run;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.tonghu.idempotency.IdempotencyKeys;
import org.tonghu.testing.Database;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.TestChildren;
import org.tonghu.testing.Tokens;
import org.tonghu.time.ChinaTime;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * File spot checks: a reproducible draw (same seed, same sample; another seed, another; the size per township kept,
 * smaller townships taken whole), items pre-filled from the data, overrides only with a note, failed items as tasks
 * for the right director with the right deadline, the task's way from open to confirmed, who reaches what, idempotent
 * opening and the year's summary. Each test opens checks for years of its own (one check per region and year).
 */
@QuarkusTest
@SuppressWarnings("unchecked")
@QuarkusTestResource(LocalModeTestResource.class)
class SpotCheckTest {

    static final String QINSHUI = "140521000000";
    static final String LINGCHUAN = "140524000000";
    static final String EAST_VILLAGE = "140521901201";
    /** A fixture child of 沁水演示一镇东村, the village of the demo director. */
    static final String CHILD_OF_DIRECTOR = "00000000-0000-4000-8000-000000001001";
    static final List<String> CHECKER_ITEMS = List.of("CARE_PLAN_PRESENT", "INFORMATION_ACCURATE",
            "SIGNATURES_PRESENT", "PHOTOS_PRESENT");

    static String create(String user, String region, int year, Integer size, String seed) {
        Map<String, Object> input = new HashMap<>();
        input.put("regionCode", region);
        input.put("year", year);
        input.put("filesPerTownship", size);
        input.put("seed", seed);
        return run(Tokens.of(user), "spotcheck/createSpotCheck", "input", input).body("errors", nullValue())
                .body("data.createSpotCheck.year", equalTo(year))
                .extract().path("data.createSpotCheck.id");
    }

    /** Every file of a check, page after page, as the GraphQL answer's maps. */
    static List<Map<String, Object>> files(String user, String checkId) {
        List<Map<String, Object>> all = new ArrayList<>();
        String after = null;
        do {
            var page = run(Tokens.of(user), "spotcheck/spotCheckFiles", "spotCheckId", checkId, "first", 100,
                    "after", after).body("errors", nullValue()).extract();
            List<Map<String, Object>> nodes = page.path("data.spotCheckFiles.edges.node");
            all.addAll(nodes);
            after = page.path("data.spotCheckFiles.pageInfo.hasNextPage").equals(Boolean.TRUE)
                    ? page.path("data.spotCheckFiles.pageInfo.endCursor") : null;
        } while (after != null);
        return all;
    }

    static Map<String, List<String>> byTownship(List<Map<String, Object>> files) {
        Map<String, List<String>> sample = new TreeMap<>();
        files.forEach(file -> sample.computeIfAbsent((String) file.get("townshipCode"), t -> new ArrayList<>())
                .add((String) file.get("childId")));
        return sample;
    }

    /** The children in care yesterday (the checks' population) under a prefix, by township, from the database. */
    static Map<String, List<UUID>> population(String prefix) throws SQLException {
        Map<String, List<UUID>> byTownship = new TreeMap<>();
        for (Map<String, Object> row : query("select id, substr(residence_village_code, 1, 9) || '000' as township"
                + " from child where residence_village_code like ? and registered_on <= current_date - 1"
                + " and (closed_on is null or closed_on > current_date - 1)", prefix + "%")) {
            byTownship.computeIfAbsent((String) row.get("township"), t -> new ArrayList<>()).add((UUID) row.get("id"));
        }
        return byTownship;
    }

    /**
     * The children in care on a day under a prefix, by township, as they were when a check was drawn: those created
     * after the check (by other tests) left out.
     */
    static Map<String, List<UUID>> populationOn(String day, String prefix, String checkId) throws SQLException {
        Map<String, List<UUID>> byTownship = new TreeMap<>();
        for (Map<String, Object> row : query("select c.id, substr(c.residence_village_code, 1, 9) || '000' as township"
                + " from child c, spot_check s where s.id = ?::uuid and c.residence_village_code like ?"
                + " and c.registered_on <= ?::date and (c.closed_on is null or c.closed_on > ?::date)"
                + " and c.created_at <= s.created_at", checkId, prefix + "%", day, day)) {
            byTownship.computeIfAbsent((String) row.get("township"), t -> new ArrayList<>()).add((UUID) row.get("id"));
        }
        return byTownship;
    }

    /** The draw as the README states it, computed here in Java: md5(seed || id) ascending, the first n. */
    static Map<String, List<String>> expectedDraw(Map<String, List<UUID>> population, String seed, int size)
            throws Exception {
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        Map<String, List<String>> expected = new TreeMap<>();
        for (var township : population.entrySet()) {
            expected.put(township.getKey(), township.getValue().stream()
                    .map(id -> Map.entry(HexFormat.of().formatHex(
                            md5.digest((seed + id).getBytes(StandardCharsets.UTF_8))), id.toString()))
                    .sorted(Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()))
                    .limit(size).map(Map.Entry::getValue).toList());
        }
        return expected;
    }

    static List<Map<String, Object>> query(String sql, Object... parameters) throws SQLException {
        try (Connection connection = Database.asService();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= result.getMetaData().getColumnCount(); c++) {
                        row.put(result.getMetaData().getColumnLabel(c), result.getObject(c));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    static Map<String, Object> item(String item, boolean passed, String note) {
        Map<String, Object> input = new HashMap<>();
        input.put("item", item);
        input.put("passed", passed);
        input.put("note", note);
        return input;
    }

    static List<Map<String, Object>> checkerItems(boolean passed) {
        return CHECKER_ITEMS.stream().map(item -> item(item, passed, null)).collect(Collectors.toList());
    }

    static Map<String, Object> fileOf(List<Map<String, Object>> files, String childId) {
        return files.stream().filter(f -> f.get("childId").equals(childId)).findFirst().orElseThrow();
    }

    @Test
    void shouldDrawTheSameSampleFromTheSameSeedAndAnotherFromAnother() throws Exception {
        String first = create("county.officer", QINSHUI, 2016, 3, "seed-a");
        String again = create("county.officer", QINSHUI, 2017, 3, "seed-a");
        String other = create("county.officer", QINSHUI, 2018, 3, "seed-b");
        Map<String, List<String>> sample = byTownship(files("county.officer", first));
        assertEquals(sample, byTownship(files("county.officer", again)), "the same seed draws the same files");
        assertNotEquals(sample, byTownship(files("county.officer", other)), "another seed draws others");

        Map<String, List<UUID>> population = population("140521");
        assertEquals(expectedDraw(population, "seed-a", 3), sample, "md5(seed || id), the first 3 of each township");
        for (var township : population.entrySet()) {
            assertEquals(Math.min(3, township.getValue().size()), sample.get(township.getKey()).size(),
                    township.getKey());
        }
        assertTrue(population.values().stream().anyMatch(children -> children.size() > 3),
                "some township has more children than the sample takes");

        run(Tokens.of("county.officer"), "spotcheck/spotCheckRedraw", "spotCheckId", first)
                .body("errors", nullValue())
                .body("data.spotCheckRedraw.matches", equalTo(true))
                .body("data.spotCheckRedraw.filesInBoth", equalTo(sample.values().stream().mapToInt(List::size)
                        .sum()));
        // rewriting every child's row moves it elsewhere on disk: the draw does not depend on where rows lie
        Database.execute("update child set name = name where residence_village_code like '140521%'");
        run(Tokens.of("county.officer"), "spotcheck/spotCheckRedraw", "spotCheckId", first)
                .body("data.spotCheckRedraw.matches", equalTo(true));
        run(Tokens.of("county.officer"), "spotcheck/spotCheck", "id", first).body("errors", nullValue())
                .body("data.spotCheck.seed", equalTo("seed-a"))
                .body("data.spotCheck.filesPerTownship", equalTo(3))
                .body("data.spotCheck.regionName", equalTo("沁水县"))
                .body("data.spotCheck.populationOn", equalTo(ChinaTime.today().minusDays(1).toString()))
                .body("data.spotCheck.openedByName", equalTo("沁水县民政局 张丽"));
    }

    @Test
    void shouldTakeEveryFileOfSmallerTownshipsAndPrefillTheItemsFromTheData() throws Exception {
        String child = run(Tokens.of("county.officer"), "child/createChild", "input", Map.of("name", "抽查测试儿童",
                "gender", "MALE", "birthDate", "2015-05-05", "residenceVillageCode", "140521901203", "categories",
                List.of("LEFT_BEHIND"), "riskFactors", List.of(), "schoolStatus", "IN_SCHOOL", "registeredOn",
                ChinaTime.today().minusDays(60).toString())).body("errors", nullValue())
                .extract().path("data.createChild.id");
        // registered today, dated back: in care yesterday, so drawn
        run(Tokens.of("county.officer"), "concern/raiseConcern", "childId", child, "input", Map.of("category",
                "HEALTH", "severity", "LOW", "description", "无人跟进的问题",
                "raisedOn", ChinaTime.today().minusDays(40).toString())).body("errors", nullValue());
        String registeredToday = TestChildren.registerIn("140521901203").id();
        String check = create("county.officer", QINSHUI, 2019, 500, null);
        List<Map<String, Object>> files = files("county.officer", check);
        Map<String, List<UUID>> population = population("140521");
        Map<String, List<String>> sample = byTownship(files);
        assertEquals(population.keySet(), sample.keySet());
        population.forEach((township, children) -> assertEquals(
                children.stream().map(UUID::toString).collect(Collectors.toCollection(TreeSet::new)),
                new TreeSet<>(sample.get(township)), "every file of " + township));

        Set<String> withGuardians = query("select distinct child_id::text as id from child_guardian").stream()
                .map(row -> (String) row.get("id")).collect(Collectors.toSet());
        Set<String> onSchedule = query("select child_id::text as id from visit_schedule"
                + " where contact_due_on >= ? and home_visit_due_on >= ?", ChinaTime.today(), ChinaTime.today())
                .stream().map(row -> (String) row.get("id")).collect(Collectors.toSet());
        Set<String> unattended = query("select distinct child_id::text as id from concern where status = 'OPEN'"
                + " and raised_on < ?", ChinaTime.today().minusDays(30)).stream().map(row -> (String) row.get("id"))
                .collect(Collectors.toSet());
        for (Map<String, Object> file : files) {
            Map<String, Boolean> prefilled = new HashMap<>();
            List<Map<String, Object>> items = (List<Map<String, Object>>) file.get("items");
            items.forEach(i -> prefilled.put((String) i.get("item"), (Boolean) i.get("prefilled")));
            String id = (String) file.get("childId");
            assertEquals(withGuardians.contains(id), prefilled.get("GUARDIANS_RECORDED"), id);
            assertEquals(onSchedule.contains(id), prefilled.get("VISITS_ON_SCHEDULE"), id);
            assertEquals(!unattended.contains(id), prefilled.get("CONCERNS_FOLLOWED_UP"), id);
            CHECKER_ITEMS.forEach(item -> assertEquals(null, prefilled.get(item), item + " is the checker's"));
            assertEquals(7, items.size());
            assertEquals(null, file.get("score"));
        }
        Map<String, Object> registered = fileOf(files, child);
        assertTrue(files.stream().noneMatch(f -> f.get("childId").equals(registeredToday)),
                "a file registered today is not in the population");
        List<Map<String, Object>> items = (List<Map<String, Object>>) registered.get("items");
        assertEquals(false, items.get(0).get("prefilled"), "no guardian recorded");
        assertEquals(false, items.get(2).get("prefilled"), "a concern untouched for 40 days");
        assertTrue(files.stream().anyMatch(f -> ((List<Map<String, Object>>) f.get("items")).get(0)
                .get("prefilled").equals(true)), "and files with guardians");
    }

    @Test
    void shouldScoreAFileAndSendItsFailedItemsToTheDirectorUntilConfirmed() throws Exception {
        String check = create("county.officer", QINSHUI, 2020, 500, "tasks");
        Map<String, Object> file = fileOf(files("county.officer", check), CHILD_OF_DIRECTOR);
        String fileId = (String) file.get("id");
        List<Map<String, Object>> items = (List<Map<String, Object>>) file.get("items");
        boolean guardians = (Boolean) items.get(0).get("prefilled");

        run(Tokens.of("county.officer"), "spotcheck/scoreSpotCheckFile", "id", fileId, "expectedVersion", 0,
                "input", Map.of("items", List.of(item("PHOTOS_PRESENT", true, null))))
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].extensions.problems.code", hasItem("ITEM_REQUIRED"));
        List<Map<String, Object>> overridden = checkerItems(true);
        overridden.add(item("GUARDIANS_RECORDED", !guardians, null));
        run(Tokens.of("county.officer"), "spotcheck/scoreSpotCheckFile", "id", fileId, "expectedVersion", 0,
                "input", Map.of("items", overridden))
                .body("errors[0].extensions.problems.code", hasItem("OVERRIDE_NEEDS_NOTE"))
                .body("errors[0].extensions.problems.field", hasItem("input.items[4].note"));
        assertEquals(0, query("select 1 from spot_check_item where file_id = ?::uuid", fileId).size(),
                "nothing written");

        // the checker finds the guardians' record wrong (with a note), the information and photos missing
        List<Map<String, Object>> verdict = new ArrayList<>(List.of(item("CARE_PLAN_PRESENT", true, null),
                item("INFORMATION_ACCURATE", false, "住址未更新"), item("SIGNATURES_PRESENT", true, null),
                item("PHOTOS_PRESENT", false, null), item("GUARDIANS_RECORDED", false, "监护人信息与实际不符")));
        var scored = run(Tokens.of("county.officer"), "spotcheck/scoreSpotCheckFile", "id", fileId,
                "expectedVersion", 0, "input", Map.of("items", verdict)).body("errors", nullValue())
                .body("data.scoreSpotCheckFile.passed", equalTo(false))
                .body("data.scoreSpotCheckFile.scoredByName", equalTo("沁水县民政局 张丽"))
                .body("data.scoreSpotCheckFile.items[0].passed", equalTo(false))
                .body("data.scoreSpotCheckFile.items[0].note", equalTo("监护人信息与实际不符"))
                .body("data.scoreSpotCheckFile.version", equalTo(1)).extract();
        boolean schedule = (Boolean) items.get(1).get("prefilled");
        boolean concerns = (Boolean) items.get(2).get("prefilled");
        int passed = 2 + (schedule ? 1 : 0) + (concerns ? 1 : 0);
        assertEquals(Math.round(100.0 * passed / 7), ((Number) scored.path("data.scoreSpotCheckFile.score"))
                .longValue());
        run(Tokens.of("county.officer"), "spotcheck/scoreSpotCheckFile", "id", fileId, "expectedVersion", 0,
                "input", Map.of("items", verdict)).body("errors[0].extensions.code", equalTo("CONFLICT"));
        run(Tokens.of("county.officer"), "spotcheck/scoreSpotCheckFile", "id", fileId, "expectedVersion", 1,
                "input", Map.of("items", verdict))
                .body("errors[0].extensions.problems.code", hasItem("FILE_ALREADY_SCORED"));

        String director = (String) query("select person_name from appointment where kind = 'DIRECTOR'"
                + " and region_code = ? and starts_on <= current_date and (ends_on is null or ends_on >= current_date)"
                + " order by starts_on, id::text limit 1", EAST_VILLAGE).get(0).get("person_name");
        var tasks = run(Tokens.of("village.director"), "spotcheck/rectificationTasks", "spotCheckId", check)
                .body("errors", nullValue())
                .body("data.rectificationTasks.edges.node.villageCode", everyItem(equalTo(EAST_VILLAGE)))
                .body("data.rectificationTasks.edges.node.directorName", everyItem(equalTo(director)))
                .body("data.rectificationTasks.edges.node.dueOn",
                        everyItem(equalTo(ChinaTime.today().plusDays(30).toString())))
                .body("data.rectificationTasks.edges.node.status", everyItem(equalTo("OPEN")))
                .body("data.rectificationTasks.edges.node.childId", everyItem(equalTo(CHILD_OF_DIRECTOR)))
                .extract();
        List<String> failedItems = tasks.path("data.rectificationTasks.edges.node.item");
        List<String> expectedFailed = new ArrayList<>(List.of("GUARDIANS_RECORDED", "INFORMATION_ACCURATE",
                "PHOTOS_PRESENT"));
        if (!schedule) {
            expectedFailed.add("VISITS_ON_SCHEDULE");
        }
        if (!concerns) {
            expectedFailed.add("CONCERNS_FOLLOWED_UP");
        }
        assertEquals(new TreeSet<>(expectedFailed), new TreeSet<>(failedItems), "one task per failed item");
        List<String> taskIds = tasks.path("data.rectificationTasks.edges.node.id");
        for (String task : taskIds) {
            assertEquals(1, query("select 1 from notification where kind = 'RECTIFICATION_TASK_ASSIGNED'"
                    + " and subject_id = ?::uuid and to_role = 'village-director' and to_region_code = ?", task,
                    EAST_VILLAGE).size(), "the village's directors are alerted");
        }
        run(Tokens.of("village.director"), "spotcheck/spotCheckFile", "id", fileId).body("errors", nullValue())
                .body("data.spotCheckFile.childId", equalTo(CHILD_OF_DIRECTOR));

        String task = taskIds.get(0);
        run(Tokens.of("village.director"), "spotcheck/completeRectificationTask", "id", task, "expectedVersion", 0,
                "note", " ").body("errors[0].extensions.problems.code", hasItem("REQUIRED"));
        run(Tokens.of("county.officer"), "spotcheck/confirmRectificationTask", "id", task, "expectedVersion", 0)
                .body("errors[0].extensions.problems.code", hasItem("TASK_NOT_DONE"));
        run(Tokens.of("village.director"), "spotcheck/confirmRectificationTask", "id", task, "expectedVersion", 0)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        run(Tokens.of("village.director"), "spotcheck/completeRectificationTask", "id", task, "expectedVersion", 0,
                "note", "已补充照片").body("errors", nullValue())
                .body("data.completeRectificationTask.status", equalTo("DONE"))
                .body("data.completeRectificationTask.doneNote", equalTo("已补充照片"))
                .body("data.completeRectificationTask.doneByName", equalTo("沁水演示一镇东村 儿童主任 陈静"));
        Database.execute("update rectification_task set due_on = current_date - 3 where id = '" + task + "'");
        run(Tokens.of("county.officer"), "spotcheck/reopenRectificationTask", "id", task, "expectedVersion", 1,
                "note", "照片不清楚").body("errors", nullValue())
                .body("data.reopenRectificationTask.status", equalTo("OPEN"))
                .body("data.reopenRectificationTask.reopenNote", equalTo("照片不清楚"))
                .body("data.reopenRectificationTask.dueOn", equalTo(ChinaTime.today().plusDays(30).toString()));
        run(Tokens.of("village.director"), "spotcheck/completeRectificationTask", "id", task, "expectedVersion", 2,
                "note", "已重新拍照").body("errors", nullValue());
        run(Tokens.of("county.officer"), "spotcheck/confirmRectificationTask", "id", task, "expectedVersion", 3)
                .body("errors", nullValue())
                .body("data.confirmRectificationTask.status", equalTo("CONFIRMED"))
                .body("data.confirmRectificationTask.confirmedByName", equalTo("沁水县民政局 张丽"));
        run(Tokens.of("village.director"), "spotcheck/completeRectificationTask", "id", task, "expectedVersion", 4,
                "note", "再次").body("errors[0].extensions.problems.code", hasItem("TASK_NOT_OPEN"));

        String late = taskIds.get(1);
        Database.execute("update rectification_task set due_on = current_date - 1 where id = '" + late + "'");
        run(Tokens.of("county.officer"), "spotcheck/rectificationTasks", "overdueOnly", true, "first", 100)
                .body("errors", nullValue())
                .body("data.rectificationTasks.edges.node.id", hasItem(late))
                .body("data.rectificationTasks.edges.node.id", not(hasItem(task)))
                .body("data.rectificationTasks.edges.node.overdue", everyItem(equalTo(true)));

        var results = run(Tokens.of("county.officer"), "spotcheck/spotCheckResults", "spotCheckId", check)
                .body("errors", nullValue())
                .body("data.spotCheckResults.total.filesScored", equalTo(1))
                .body("data.spotCheckResults.total.filesPassed", equalTo(0))
                .body("data.spotCheckResults.total.failedItems", equalTo(expectedFailed.size()))
                .body("data.spotCheckResults.total.openTasks", equalTo(expectedFailed.size() - 1))
                .body("data.spotCheckResults.total.regionName", equalTo("沁水县")).extract();
        List<Map<String, Object>> townships = results.path("data.spotCheckResults.townships");
        Map<String, Object> township = townships.stream().filter(t -> t.get("regionCode").equals("140521901000"))
                .findFirst().orElseThrow();
        assertEquals(1, township.get("filesScored"));
        assertEquals(expectedFailed.size(), township.get("failedItems"));
        assertEquals(townships.stream().mapToInt(t -> (Integer) t.get("filesDrawn")).sum(),
                (Integer) results.path("data.spotCheckResults.total.filesDrawn"));
    }

    @Test
    void shouldKeepChecksTasksAndFilesInsideTheCallersReach() throws Exception {
        String check = create("county.officer", QINSHUI, 2023, 500, "scope");
        List<Map<String, Object>> files = files("county.officer", check);
        String elsewhere = files.stream().filter(f -> !f.get("villageCode").equals(EAST_VILLAGE))
                .map(f -> (String) f.get("id")).findFirst().orElseThrow();
        run(Tokens.of("county.officer.yangcheng"), "spotcheck/spotCheck", "id", check)
                .body("errors[0].extensions.code", equalTo("SPOT_CHECK_NOT_FOUND")).body("data", nullValue());
        run(Tokens.of("county.officer.yangcheng"), "spotcheck/spotCheckFiles", "spotCheckId", check)
                .body("errors[0].extensions.code", equalTo("SPOT_CHECK_NOT_FOUND"));
        run(Tokens.of("county.officer.yangcheng"), "spotcheck/spotCheckFile", "id", elsewhere)
                .body("errors[0].extensions.code", equalTo("SPOT_CHECK_FILE_NOT_FOUND"));
        run(Tokens.of("county.officer.yangcheng"), "spotcheck/spotChecks", "first", 100).body("errors", nullValue())
                .body("data.spotChecks.edges.node.regionCode", not(hasItem(QINSHUI)));
        run(Tokens.of("county.officer.yangcheng"), "spotcheck/createSpotCheck", "input",
                Map.of("regionCode", QINSHUI, "year", 2024))
                .body("errors[0].extensions.problems.code", hasItem("REGION_OUT_OF_SCOPE"));
        run(Tokens.of("village.director"), "spotcheck/spotCheckFile", "id", elsewhere)
                .body("errors[0].extensions.code", equalTo("SPOT_CHECK_FILE_NOT_FOUND"));
        run(Tokens.of("village.director"), "spotcheck/spotChecks").body("errors[0].extensions.code",
                equalTo("FORBIDDEN"));
        run(Tokens.of("youth.league"), "spotcheck/rectificationTasks").body("errors[0].extensions.code",
                equalTo("FORBIDDEN"));
        run(Tokens.of("county.officer.yangcheng"), "spotcheck/rectificationTasks", "first", 100)
                .body("errors", nullValue())
                .body("data.rectificationTasks.edges.node.villageCode", everyItem(not(equalTo(EAST_VILLAGE))));
        assertTrue(query("select 1 from audit_event where operation = 'SPOT_CHECK_READ' and result = 'NOT_FOUND'"
                + " and record_ids like ? and actor_username = 'county.officer.yangcheng'", "%" + check + "%")
                .size() >= 1, "the refusal is audited");
        assertTrue(query("select 1 from audit_event where operation = 'SPOT_CHECK_FILE_READ' and result = 'SUCCESS'"
                + " and record_ids like ?", "%" + files.get(0).get("childId") + "%").size() >= 1,
                "the files read are audited with their children");

        Map<String, Object> input = new HashMap<>(Map.of("regionCode", "140521901000", "year", 2014,
                "filesPerTownship", 501, "seed", "not a seed!"));
        run(Tokens.of("county.officer"), "spotcheck/createSpotCheck", "input", input)
                .body("errors[0].extensions.problems.code", hasItem("REGION_LEVEL_NOT_ALLOWED"))
                .body("errors[0].extensions.problems.code", hasItem("YEAR_OUT_OF_RANGE"))
                .body("errors[0].extensions.problems.code", hasItem("FILES_PER_TOWNSHIP_OUT_OF_RANGE"))
                .body("errors[0].extensions.problems.code", hasItem("SEED_INVALID"));
    }

    @Test
    void shouldHaveTheDemoCheckDrawnAsTheServiceDrawsWithTasksInEveryState() throws Exception {
        String demo = "00000000-0000-4000-8000-00000000f5c1";
        run(Tokens.of("county.officer"), "spotcheck/spotCheck", "id", demo).body("errors", nullValue())
                .body("data.spotCheck.year", equalTo(ChinaTime.today().getYear()));
        // drawn as the service draws (other tests may since have dated a registration back into its population)
        Map<String, List<String>> recorded = byTownship(files("county.officer", demo));
        String seedOfDemo = "demo";
        Map<String, List<String>> expected = expectedDraw(populationOn(
                query("select population_on::text as day from spot_check where id = ?::uuid", demo).get(0)
                        .get("day").toString(), "140521", demo), seedOfDemo, 5);
        // the generated townships (903 and up), which no other test changes: exactly the draw of the seed
        expected.keySet().removeIf(township -> township.compareTo("140521903000") < 0);
        recorded.keySet().removeIf(township -> township.compareTo("140521903000") < 0);
        assertTrue(!expected.isEmpty());
        assertEquals(expected, recorded);
        Set<String> states = query("select distinct status from rectification_task where spot_check_id = ?::uuid",
                demo).stream().map(row -> (String) row.get("status")).collect(Collectors.toSet());
        assertEquals(Set.of("OPEN", "DONE", "CONFIRMED"), states);
        run(Tokens.of("county.officer"), "spotcheck/rectificationTasks", "spotCheckId", demo, "overdueOnly", true)
                .body("data.rectificationTasks.edges.node.item", hasItem("CARE_PLAN_PRESENT"));
        // the demo scores two files; the browser walk (SpotCheckBrowserTest) may have scored one more
        int scored = query("select id from spot_check_file where spot_check_id = ?::uuid and scored_at is not null",
                demo).size();
        assertTrue(scored >= 2, "the demo's two scored files");
        run(Tokens.of("county.officer"), "spotcheck/spotCheckResults", "spotCheckId", demo)
                .body("data.spotCheckResults.total.filesScored", equalTo(scored));
    }

    @Test
    void shouldOpenACheckOnceForARetryWithTheSameKey() throws SQLException {
        Map<String, Object> body = Map.of("query", document("spotcheck/createSpotCheck"), "variables",
                Map.of("input", Map.of("regionCode", QINSHUI, "year", 2021, "filesPerTownship", 2)));
        String key = "spotcheck-" + UUID.randomUUID();
        String first = given().contentType(ContentType.JSON).body(body).auth().oauth2(Tokens.of("county.officer"))
                .header(IdempotencyKeys.HEADER, key).when().post("/graphql").then().statusCode(200)
                .body("errors", nullValue()).extract().path("data.createSpotCheck.id");
        long files = Database.count("spot_check_file");
        String retry = given().contentType(ContentType.JSON).body(body).auth().oauth2(Tokens.of("county.officer"))
                .header(IdempotencyKeys.HEADER, key).when().post("/graphql").then().statusCode(200)
                .body("errors", nullValue()).extract().path("data.createSpotCheck.id");
        assertEquals(first, retry);
        assertEquals(files, Database.count("spot_check_file"), "the retry draws nothing");
        run(Tokens.of("county.officer"), "spotcheck/createSpotCheck", "input",
                Map.of("regionCode", QINSHUI, "year", 2021)).body("errors[0].extensions.problems.code",
                        hasItem("SPOT_CHECK_EXISTS"));
        assertEquals(1, query("select 1 from spot_check where region_code = ? and year = 2021", QINSHUI).size());
    }

    @Test
    void shouldSummarizeAYearForTheAnnualReport() throws SQLException {
        String check = create("city.officer", LINGCHUAN, 2022, 500, "summary");
        List<Map<String, Object>> files = files("city.officer", check);
        assertTrue(files.size() >= 2);
        List<Map<String, Object>> allPassed = checkerItems(true);
        List<Map<String, Object>> twoFailed = checkerItems(true);
        twoFailed.set(1, item("INFORMATION_ACCURATE", false, null));
        twoFailed.set(3, item("PHOTOS_PRESENT", false, null));
        int failedOfData = 0;
        for (int i = 0; i < 2; i++) {
            Map<String, Object> file = files.get(i);
            List<Map<String, Object>> verdict = new ArrayList<>(i == 0 ? allPassed : twoFailed);
            // the data's items pass for the first file (overridden with a note where the data said no)
            for (Map<String, Object> item : ((List<Map<String, Object>>) file.get("items")).subList(0, 3)) {
                if (i == 0 && item.get("prefilled").equals(false)) {
                    verdict.add(item((String) item.get("item"), true, "现场核实已整改"));
                } else if (i == 1 && item.get("prefilled").equals(false)) {
                    failedOfData++;
                }
            }
            run(Tokens.of("city.officer"), "spotcheck/scoreSpotCheckFile", "id", file.get("id"),
                    "expectedVersion", 0, "input", Map.of("items", verdict)).body("errors", nullValue());
        }
        run(Tokens.of("city.officer"), "spotcheck/spotCheckSummary", "regionCode", LINGCHUAN, "year", 2022)
                .body("errors", nullValue())
                .body("data.spotCheckSummary.filesChecked", equalTo(2))
                .body("data.spotCheckSummary.filesPassed", equalTo(1))
                .body("data.spotCheckSummary.failedItems", equalTo(2 + failedOfData))
                .body("data.spotCheckSummary.openTasks", equalTo(2 + failedOfData))
                .body("data.spotCheckSummary.closedTasks", equalTo(0));
        run(Tokens.of("county.officer"), "spotcheck/spotCheckSummary", "regionCode", LINGCHUAN, "year", 2022)
                .body("errors[0].extensions.problems.code", hasItem("REGION_OUT_OF_SCOPE"));
        run(Tokens.of("city.officer"), "spotcheck/spotCheckSummary", "regionCode", "140521000000", "year", 2022)
                .body("data.spotCheckSummary.filesChecked", equalTo(0));
    }
}
