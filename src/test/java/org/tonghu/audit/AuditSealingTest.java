package org.tonghu.audit;

import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tonghu.testing.Fixtures.CHILD_QINSHUI_EAST_1;
import static org.tonghu.testing.GraphQLClient.run;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.tonghu.testing.Database;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Audited transactions take no lock that makes them wait for each other; the sealer chains their committed events in
 * the order it finds them committed, without waiting for open transactions; the verifier finds an event changed
 * before or after its sealing, a sealed event removed, and a chain's end rewritten; only the sealer fills the chain.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class AuditSealingTest {

    /** Long enough for any insert that takes no lock; a lock wait beyond it fails the statement instead of waiting. */
    /** Every stored column but the generated one, to remove an event and put it back. */
    private static final String COLUMNS = "id, sequence_number, occurred_at, actor_subject, actor_username,"
            + " organization_id, client_id, roles, operation, record_type, record_ids, fields_revealed, result,"
            + " source_address, reason, previous_hash, hash, content_hash";

    private static final String LOCK_TIMEOUT = "set local lock_timeout = '2s'";

    @Inject
    AuditSealer sealer;

    @Inject
    AuditChainVerifier verifier;

    @Test
    void shouldNotMakeAuditedTransactionsWaitForEachOther() throws SQLException {
        try (Connection first = Database.asService(); Connection second = Database.asService();
                Connection sealing = Database.asService()) {
            first.setAutoCommit(false);
            insertEvent(first, "open transaction");
            // a sealer at work elsewhere holds the chain's end; writers do not need it
            sealing.setAutoCommit(false);
            execute(sealing, "select * from audit_seal_state for update");
            for (int i = 0; i < 3; i++) {
                second.setAutoCommit(false);
                execute(second, LOCK_TIMEOUT);
                // before V21 this insert waited for the first transaction's chain lock and failed on the lock timeout
                insertEvent(second, "concurrent transaction " + i);
                second.commit();
            }
            sealing.rollback();
            first.commit();
        }
    }

    @Test
    void shouldSealCommittedEventsWithinSecondsWithoutBeingAsked() throws SQLException {
        long event;
        try (Connection service = Database.asService()) {
            event = insertEvent(service, "sealed in the background");
        }
        // the service's sealer runs every second (tonghu.audit.seal-interval)
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> sequenceNumber(event) != null);
    }

    @Test
    void shouldChainEventsInTheOrderTheirTransactionsCommit() throws SQLException {
        long earlier;
        long later;
        try (Connection first = Database.asService(); Connection second = Database.asService()) {
            first.setAutoCommit(false);
            earlier = insertEvent(first, "committed last");
            later = insertEvent(second, "committed first");
            assertTrue(earlier < later);
            // the sealer does not wait for the open transaction: it chains what is committed
            sealer.sealCommitted();
            assertNotNull(sequenceNumber(later));
            first.commit();
        }
        assertNull(sequenceNumber(earlier), "not sealed before its transaction committed and the sealer ran");
        sealer.sealCommitted();
        assertTrue(sequenceNumber(earlier) > sequenceNumber(later), "chained after the event committed before it");
        assertEquals(Optional.empty(), verifier.verify().problem());
    }

    @Test
    void shouldFindAnEventChangedBeforeItWasSealed() throws SQLException {
        long event;
        try (Connection holder = Database.asService()) {
            // hold the chain's end, as a sealer at work would: the event stays unsealed while it is changed
            holder.setAutoCommit(false);
            execute(holder, "select * from audit_seal_state for update");
            try (Connection service = Database.asService()) {
                event = insertEvent(service, "to be changed");
            }
            assertNull(sequenceNumber(event));
            tamper("update audit_event set reason = 'changed before sealing' where id = " + event);
            holder.rollback();
        }
        try {
            AuditChainVerifier.Verification verification = verifier.verify();
            assertEquals(Optional.of("CONTENT_CHANGED"), verification.problem(), verification.toString());
            assertEquals(Optional.of(sequenceNumber(event)), verification.firstBrokenSequenceNumber());
        } finally {
            tamper("update audit_event set reason = 'to be changed' where id = " + event);
        }
        assertEquals(Optional.empty(), verifier.verify().problem());
    }

    @Test
    void shouldFindTheLastSealedEventRemoved() throws SQLException {
        run(Tokens.of("village.director"), "child/child", "id", CHILD_QINSHUI_EAST_1).body("errors", nullValue());
        sealer.sealCommitted();
        long last = lastSealed();
        tamper("create table removed_audit_event as select " + COLUMNS + " from audit_event"
                + " where sequence_number = " + last, "delete from audit_event where sequence_number = " + last);
        try {
            AuditChainVerifier.Verification verification = verifier.verify();
            assertEquals(Optional.of("EVENT_MISSING"), verification.problem(), verification.toString());
            assertEquals(Optional.of(last), verification.firstBrokenSequenceNumber());
        } finally {
            tamper("insert into audit_event (" + COLUMNS + ") select " + COLUMNS + " from removed_audit_event",
                    "drop table removed_audit_event");
        }
        assertEquals(Optional.empty(), verifier.verify().problem());
    }

    @Test
    void shouldFindTheChainsEndRewrittenWithItsHashes() throws SQLException {
        run(Tokens.of("village.director"), "child/child", "id", CHILD_QINSHUI_EAST_1).body("errors", nullValue());
        sealer.sealCommitted();
        long last = lastSealed();
        String where = " where sequence_number = " + last;
        tamper("create table rewritten_audit_event as select * from audit_event" + where,
                "update audit_event set reason = 'rewritten'" + where,
                "update audit_event e set content_hash = encode(sha256(convert_to(audit_event_content(e), 'UTF8')),"
                        + " 'hex')" + where,
                "update audit_event set hash = audit_event_link_hash(sequence_number, content_hash, previous_hash)"
                        + where);
        try {
            AuditChainVerifier.Verification verification = verifier.verify();
            // the event verifies on its own; the end the sealer recorded (or the next event's link) does not
            assertEquals(Optional.of("LINK_BROKEN"), verification.problem(), verification.toString());
            assertTrue(List.of(last, last + 1).contains(verification.firstBrokenSequenceNumber().orElseThrow()),
                    verification.toString());
        } finally {
            tamper("update audit_event e set reason = r.reason, content_hash = r.content_hash, hash = r.hash"
                    + " from rewritten_audit_event r where e.id = r.id", "drop table rewritten_audit_event");
        }
        assertEquals(Optional.empty(), verifier.verify().problem());
    }

    @Test
    void shouldLetOnlyTheSealerFillTheChain() throws SQLException {
        try (Connection holder = Database.asService(); Connection service = Database.asService()) {
            long sealed = insertEvent(service, "sealed");
            sealer.sealCommitted();
            holder.setAutoCommit(false);
            execute(holder, "select * from audit_seal_state for update");
            long unsealed = insertEvent(service, "not sealed");
            String chain = "sequence_number = 999999999, previous_hash = repeat('0', 64), hash = repeat('1', 64)";
            assertThrows(SQLException.class,
                    () -> execute(service, "update audit_event set " + chain + " where id = " + unsealed));
            service.setAutoCommit(false);
            for (String change : List.of("update audit_event set " + chain + " where id = " + sealed,
                    "update audit_event set reason = 'x' where id = " + unsealed,
                    "delete from audit_event where id = " + unsealed)) {
                // even claiming to be the sealer: a sealed event's chain, an event's content, a removal stay refused
                execute(service, "set local tonghu.audit_sealing = 'on'");
                assertThrows(SQLException.class, () -> execute(service, change), change);
                service.rollback();
            }
            assertNull(sequenceNumber(unsealed));
            holder.rollback();
            for (String change : List.of("update audit_seal_state set last_sequence_number = 0",
                    "delete from audit_seal_state")) {
                execute(service, "set local tonghu.audit_sealing = 'on'");
                assertThrows(SQLException.class, () -> execute(service, change), change);
                service.rollback();
            }
        }
        sealer.sealCommitted();
        assertEquals(Optional.empty(), verifier.verify().problem());
    }

    static long insertEvent(Connection connection, String reason) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into audit_event (occurred_at, actor_subject, roles, operation, record_type, record_ids,
                                         result, reason)
                values (clock_timestamp(), 'sealing-test', 'auditor', 'CHILD_READ', 'CHILD', 'sealing-test',
                        'SUCCESS', ?)
                returning id
                """)) {
            insert.setString(1, reason);
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static Long sequenceNumber(long eventId) throws SQLException {
        try (Connection connection = Database.asService(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select sequence_number from audit_event where id = " + eventId)) {
            assertTrue(rows.next(), "event " + eventId + " is visible");
            long value = rows.getLong(1);
            return rows.wasNull() ? null : value;
        }
    }

    private static long lastSealed() throws SQLException {
        try (Connection connection = Database.asService(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select last_sequence_number from audit_seal_state")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Only a superuser bypassing the triggers can change or remove an event; the chain must still tell. */
    private static void tamper(String... statements) throws SQLException {
        try (Connection connection = Database.asSuperuser(); Statement statement = connection.createStatement()) {
            statement.execute("set session_replication_role = replica");
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
