package org.tonghu.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.awaitility.Awaitility;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.tonghu.child.NationalIdNumber;
import org.tonghu.testing.LocalModeTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The generated demo county (300 children in the test profile) is plausible and valid; the province plan, generated
 * small into a database of its own, is loaded set-based and gives every child its schedule.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class DemoDataGeneratorTest {

    @Test
    void shouldHaveGeneratedAPlausibleCounty() throws SQLException {
        try (Connection connection = DriverManager.getConnection(LocalModeTestResource.jdbcUrl(), "tonghu", "");
                Statement statement = connection.createStatement()) {
            assertTrue(count(statement, "select count(*) from child") >= 300);
            long generatedVillages = count(statement,
                    "select count(*) from region where substr(code, 7, 3) in ('903', '904')"
                    + " and code not like '%000'");
            assertEquals(120, generatedVillages);
            long withDirector = count(statement, "select count(distinct region_code) from appointment"
                    + " where kind = 'DIRECTOR' and substr(region_code, 7, 3) in ('903', '904')");
            assertTrue(withDirector > 90 && withDirector < 120,
                    "most but not all villages have a director: " + withDirector);
            assertEquals(17, count(statement, "select count(distinct kind) from organization"));
            assertTrue(count(statement,
                    "select count(*) from volunteer where background_check_expires_on < current_date") > 0);
            assertTrue(count(statement, "select count(*) from guardian where works_away") > 0);
            long leftBehind = count(statement, "select count(*) from child_category where category = 'LEFT_BEHIND'");
            assertTrue(leftBehind > 120, "most children are left-behind children: " + leftBehind);
            try (ResultSet rows = statement.executeQuery(
                    "select id_number, birth_date from child where id_number is not null")) {
                while (rows.next()) {
                    String idNumber = rows.getString(1);
                    assertEquals(java.util.Optional.empty(), NationalIdNumber.problem(idNumber), idNumber);
                    assertEquals(rows.getDate(2).toLocalDate(), NationalIdNumber.birthDate(idNumber).orElseThrow());
                }
            }
        }
    }

    @Test
    void shouldBeTheSameForTheSameSeed() throws Exception {
        // the ids derive from the seed: the test profile's seed gives this first child
        try (Connection connection = DriverManager.getConnection(LocalModeTestResource.jdbcUrl(), "tonghu", "");
                Statement statement = connection.createStatement()) {
            java.util.UUID first = java.util.UUID.nameUUIDFromBytes("tonghu-demo:20261129:child:0"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(1, count(statement, "select count(*) from child where id = '" + first + "'"));
        }
    }

    @Test
    void shouldGenerateTheProvinceSetBasedInBatches() throws Exception {
        // a database of its own, migrated like the service's: the province's townships would meet the demo's
        String server = LocalModeTestResource.jdbcUrl().substring(0, LocalModeTestResource.jdbcUrl().lastIndexOf('/'));
        try (Connection admin = DriverManager.getConnection(server + "/postgres", "postgres", "");
                Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists province_test");
            statement.execute("create database province_test owner tonghu encoding 'UTF8' template template0");
            // counts the calls of PL/pgSQL functions, the schedule's triggers included
            statement.execute("alter database province_test set track_functions = 'pl'");
        }
        try {
            String url = server + "/province_test";
            Flyway.configure().dataSource(url, "tonghu", "").locations("classpath:db/migration").load().migrate();
            // on two connections at once, as the loader does; the shipped statement timeout holds for every statement
            DemoDataGenerator.Summary summary;
            try (Connection connection = withStatementTimeout(url)) {
                connection.setAutoCommit(false);
                summary = new DemoDataGenerator(7, 500).generate(connection,
                        DemoDataGenerator.Plan.province(1234, 10), () -> withStatementTimeout(url), 2);
                connection.commit();
            }
            try (Connection connection = DriverManager.getConnection(url, "tonghu", "");
                    Statement statement = connection.createStatement()) {
                // set-based: the schedule was computed once per batch (3 batches of about 500 children), and the
                // triggers left it to the generator (each COPY would have called the function once more)
                String refreshes = "select coalesce(sum(calls), 0) from pg_stat_user_functions"
                        + " where funcname = 'refresh_visit_schedule'";
                // the loaders' sessions report their calls to the statistics as they end, a moment after the commit
                Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                        .until(() -> count(statement, refreshes) >= 3);
                assertEquals(3, count(statement, refreshes));
                assertProvince(statement, summary);
            }
        } finally {
            try (Connection admin = DriverManager.getConnection(server + "/postgres", "postgres", "");
                    Statement statement = admin.createStatement()) {
                statement.execute("drop database if exists province_test with (force)");
            }
        }
    }

    private static void assertProvince(Statement statement, DemoDataGenerator.Summary summary) throws SQLException {
        assertEquals(1234, summary.children());
        assertEquals(1234, count(statement, "select count(*) from child"));
        assertEquals(summary.visits(), count(statement, "select count(*) from visit"));
        assertTrue(summary.visits() > 10 * 1234 && summary.visits() < 14 * 1234,
                "about 12 visits a child over 10 months: " + summary.visits());
        assertEquals(summary.guardians(), count(statement, "select count(*) from guardian"));
        // eleven cities, 96 counties of 12 townships of 20 villages
        assertEquals(11, count(statement, "select count(*) from region where parent_code = '140000000000'"));
        assertEquals(96, count(statement, "select count(*) from region county join region city"
                + " on city.code = county.parent_code where city.parent_code = '140000000000'"));
        assertEquals(23_040, summary.villages());
        assertEquals(23_040, count(statement, "select count(*) from region village join region township"
                + " on township.code = village.parent_code where substr(township.code, 7, 3) between '903' and '914'"
                + " and township.code like '%000'"));
        assertEquals(11, count(statement, "select count(distinct substr(residence_village_code, 1, 4)) from child"));
        // every child has exactly the schedule the triggers' function computes
        assertEquals(1234, count(statement, "select count(*) from visit_schedule"));
        statement.execute("create temporary table loaded as select child_id, contact_due_on, home_visit_due_on,"
                + " next_due_on, last_contact_on, last_home_visit_on from visit_schedule");
        statement.execute("select refresh_visit_schedule(null)");
        assertEquals(0, count(statement, "select count(*) from (select child_id, contact_due_on, home_visit_due_on,"
                + " next_due_on, last_contact_on, last_home_visit_on from visit_schedule except select * from loaded)"
                + " changed"));
        // ids in generation order, so that loading appends to their indexes: the first child's id sorts first, and
        // visits sorted by id come child after child
        assertEquals(1, count(statement, "select count(*) from child where id::text like '00000000-0000-8001-%'"
                + " and id = (select id from child order by id limit 1)"));
        assertEquals(0, count(statement, "select count(*) from (select child_id, lag(child_id) over (order by id)"
                + " as previous from visit) visits where child_id < previous"));
        try (ResultSet rows = statement.executeQuery("select id_number from child")) {
            while (rows.next()) {
                assertEquals(java.util.Optional.empty(), NationalIdNumber.problem(rows.getString(1)));
            }
        }
        // the deferral ended with the load's transactions: a visit recorded now refreshes its child's schedule
        statement.execute("insert into visit (id, child_id, kind, contact_mode, visited_at, visited_on, visitor_role,"
                + " visitor_name, visitor_subject) select gen_random_uuid(), id, 'CONTACT', 'PHONE', now(),"
                + " current_date, 'DIRECTOR', '测试', 'test' from child order by id limit 1");
        assertEquals(1, count(statement, "select count(*) from visit_schedule where last_contact_on = current_date"
                + " and child_id = (select id from child order by id limit 1)"));
    }

    private static Connection withStatementTimeout(String url) throws SQLException {
        return DriverManager.getConnection(url + "?options=-c%20statement_timeout=15000", "tonghu", "");
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
