package org.tonghu.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.tonghu.testing.Database;
import org.tonghu.testing.LocalModeTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A trail chained under the old lock (before V21) migrates as it is: its events keep their sequence numbers and
 * hashes, and the sealer continues the chain from its last event. Runs the real migrations on a database of its own.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class AuditChainMigrationTest {

    private static final String DATABASE = "audit_migration_test";

    /**
     * Every sealed event, in order, that does not verify as AuditChainVerifier checks it: the hash over the canonical
     * text for events chained before V21, over sequence number, content hash and previous hash after; the content
     * hash; the link to the previous event; no gap.
     */
    private static final String BROKEN_LINKS = """
            select count(*) from (
                select e.sequence_number, e.hash, e.previous_hash,
                       case when e.sequence_number <= s.legacy_last_sequence_number
                            then encode(sha256(convert_to(audit_event_canonical(e), 'UTF8')), 'hex')
                            else audit_event_link_hash(e.sequence_number, e.content_hash, e.previous_hash)
                       end as recomputed,
                       e.sequence_number <= s.legacy_last_sequence_number or e.content_hash
                           = encode(sha256(convert_to(audit_event_content(e), 'UTF8')), 'hex') as content_intact,
                       coalesce(lag(e.hash) over w, repeat('0', 64)) as expected_previous,
                       row_number() over w as position
                from audit_event e cross join audit_seal_state s
                where e.sequence_number is not null
                window w as (order by e.sequence_number)) links
            where hash <> recomputed or not content_intact or previous_hash <> expected_previous
               or sequence_number <> position
            """;

    @Test
    void shouldContinueTheChainOfEventsWrittenBeforeTheSealer() throws SQLException {
        superuser("drop database if exists " + DATABASE + " with (force)", "create database " + DATABASE
                + " owner tonghu");
        String url = LocalModeTestResource.jdbcUrl().replaceFirst("/tonghu(\\?|$)", "/" + DATABASE + "$1");
        try {
            // the schema as it was before V21, without this version's repeatable functions: the old chain trigger
            Flyway.configure().dataSource(url, "tonghu", "").locations("classpath:db/migration").target("20")
                    .repeatableSqlMigrationPrefix("NOT_YET__").load().migrate();
            try (Connection connection = DriverManager.getConnection(url, "tonghu", "")) {
                for (int i = 1; i <= 3; i++) {
                    AuditSealingTest.insertEvent(connection, "chained under the old lock " + i);
                }
                assertEquals(3, scalar(connection, "select max(sequence_number) from audit_event"));
            }
            Flyway.configure().dataSource(url, "tonghu", "").locations("classpath:db/migration").load().migrate();
            try (Connection connection = DriverManager.getConnection(url, "tonghu", "")) {
                assertEquals(3, scalar(connection, "select legacy_last_sequence_number from audit_seal_state"));
                assertEquals(3, scalar(connection, "select last_sequence_number from audit_seal_state"));
                assertEquals(1, scalar(connection, "select count(*) from audit_seal_state s join audit_event e"
                        + " on e.sequence_number = 3 and e.hash = s.last_hash"));
                long event = AuditSealingTest.insertEvent(connection, "written after V21");
                AuditSealingTest.insertEvent(connection, "written after V21, too");
                assertNull(value(connection, "select sequence_number from audit_event where id = " + event));
                assertNotNull(value(connection, "select content_hash from audit_event where id = " + event));
                assertEquals(2, scalar(connection, "select audit_event_seal(100, true)"));
                assertEquals(4, scalar(connection, "select sequence_number from audit_event where id = " + event));
                assertEquals(1, scalar(connection, "select count(*) from audit_event e join audit_event p"
                        + " on p.sequence_number = 3 and e.sequence_number = 4 and e.previous_hash = p.hash"));
                assertEquals(5, scalar(connection, "select count(*) from audit_event where hash is not null"));
                assertEquals(0, scalar(connection, BROKEN_LINKS));
                // the legacy part of the check is a real one: a changed old event shows
                try (Connection superuser = DriverManager.getConnection(url, "postgres", "");
                        Statement statement = superuser.createStatement()) {
                    statement.execute("set session_replication_role = replica");
                    statement.execute("update audit_event set reason = 'changed' where sequence_number = 2");
                }
                assertEquals(1, scalar(connection, BROKEN_LINKS));
            }
        } finally {
            superuser("drop database if exists " + DATABASE + " with (force)");
        }
    }

    private static void superuser(String... statements) throws SQLException {
        try (Connection connection = Database.asSuperuser(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static long scalar(Connection connection, String sql) throws SQLException {
        Object value = value(connection, sql);
        return ((Number) value).longValue();
    }

    private static Object value(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getObject(1);
        }
    }
}
