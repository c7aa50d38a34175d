package org.tonghu.audit;

import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tonghu.testing.Fixtures.CHILD_QINSHUI_EAST_1;
import static org.tonghu.testing.GraphQLClient.run;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.tonghu.testing.Database;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The verifier reads the trail in chunks: a chunk's seams must neither hide a broken link nor report a false one. */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class AuditChainVerifierTest {

    @Inject
    AuditStore store;

    @Inject
    AuditSealer sealer;

    @Test
    void shouldCheckEveryEventWhateverTheChunk() {
        for (int i = 0; i < 5; i++) {
            run(Tokens.of("village.director"), "child/child", "id", CHILD_QINSHUI_EAST_1).body("errors", nullValue());
        }
        AuditChainVerifier.Verification whole = new AuditChainVerifier(store, sealer, 1_000_000).verify();
        assertTrue(whole.firstBrokenSequenceNumber().isEmpty(), whole.toString());
        for (int chunk : new int[] { 1, 2, 3, 7 }) {
            AuditChainVerifier.Verification chunked = new AuditChainVerifier(store, sealer, chunk).verify();
            assertTrue(chunked.eventsChecked() >= whole.eventsChecked(), "chunk " + chunk + ": " + chunked);
            assertEquals(Optional.empty(), chunked.problem(), "chunk " + chunk);
        }
    }

    @Test
    void shouldFindAnEventMissingAtTheStartOfAChunk() throws SQLException {
        for (int i = 0; i < 8; i++) {
            run(Tokens.of("village.director"), "child/child", "id", CHILD_QINSHUI_EAST_1).body("errors", nullValue());
        }
        sealer.sealCommitted(); // sealing is asynchronous: chain the reads before removing one of them
        long missing = 4; // with chunks of 3, the first event of the second chunk, events after it
        String columns = "id, sequence_number, occurred_at, actor_subject, actor_username, organization_id, client_id,"
                + " roles, operation, record_type, record_ids, fields_revealed, result, source_address, reason,"
                + " previous_hash, hash, content_hash";
        try (Connection connection = Database.asSuperuser(); Statement statement = connection.createStatement()) {
            // Only a superuser bypassing the triggers can remove an event; the chain must still tell.
            statement.execute("set session_replication_role = replica");
            statement.execute("create table removed_audit_event as select " + columns
                    + " from audit_event where sequence_number = " + missing);
            statement.executeUpdate("delete from audit_event where sequence_number = " + missing);
        }
        try {
            AuditChainVerifier.Verification verification = new AuditChainVerifier(store, sealer, 3).verify();
            assertEquals(Optional.of(missing), verification.firstBrokenSequenceNumber(), verification.toString());
            assertEquals(Optional.of("EVENT_MISSING"), verification.problem());
            assertEquals(missing - 1, verification.eventsChecked());
        } finally {
            try (Connection connection = Database.asSuperuser(); Statement statement = connection.createStatement()) {
                statement.execute("set session_replication_role = replica");
                statement.executeUpdate("insert into audit_event (" + columns + ") select " + columns
                        + " from removed_audit_event");
                statement.execute("drop table removed_audit_event");
            }
        }
        assertEquals(Optional.empty(), new AuditChainVerifier(store, sealer, 3).verify().problem());
    }
}
