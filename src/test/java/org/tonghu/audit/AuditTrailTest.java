package org.tonghu.audit;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.tonghu.testing.Fixtures.CHILD_QINSHUI_EAST_1;
import static org.tonghu.testing.Fixtures.CHILD_QINSHUI_EAST_2;
import static org.tonghu.testing.GraphQLClient.run;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.tonghu.testing.Database;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Reads, reveals, refusals and changes leave audit events; the trail is append-only and its chain verifiable. */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class AuditTrailTest {

    private final String auditor = Tokens.of("auditor");

    @Test
    void shouldRecordAReadWithWhoAndWhat() {
        run(Tokens.of("village.director"), "child/child", "id", CHILD_QINSHUI_EAST_1).body("errors", nullValue());
        run(auditor, "audit/auditEvents", "recordId", CHILD_QINSHUI_EAST_1, "operation", "CHILD_READ", "first", 100)
                .body("data.auditEvents.edges.node.actorUsername", hasItem("village.director"))
                .body("data.auditEvents.edges.node.roles", hasItem("village-director"))
                .body("data.auditEvents.edges.node.result", hasItem("SUCCESS"))
                .body("data.auditEvents.edges.node.sourceAddress", hasItem("127.0.0.1"));
    }

    @Test
    void shouldRecordTheIdsAListReturned() {
        run(Tokens.of("village.director"), "child/children").body("errors", nullValue());
        run(auditor, "audit/auditEvents", "recordId", CHILD_QINSHUI_EAST_2, "operation", "CHILD_LIST", "first", 100)
                .body("data.auditEvents.edges.node.recordIds",
                        hasItem(CHILD_QINSHUI_EAST_1 + "," + CHILD_QINSHUI_EAST_2));
    }

    @Test
    void shouldRevealTheIdNumberWithAReasonAndRecordIt() {
        run(Tokens.of("village.director"), "child/revealIdNumber", "childId", CHILD_QINSHUI_EAST_1,
                "reason", "办理低保申请需要核对身份证号")
                .body("errors", nullValue())
                .body("data.revealIdNumber", equalTo("140521201503080112"));
        run(auditor, "audit/auditEvents", "recordId", CHILD_QINSHUI_EAST_1, "operation", "CHILD_REVEAL_ID_NUMBER",
                "first", 100)
                .body("data.auditEvents.edges.node.fieldsRevealed", hasItem("idNumber"))
                .body("data.auditEvents.edges.node.reason", hasItem("办理低保申请需要核对身份证号"));
    }

    @Test
    void shouldRefuseARevealWithoutAReason() {
        run(Tokens.of("village.director"), "child/revealIdNumber", "childId", CHILD_QINSHUI_EAST_1, "reason", " ")
                .body("data.revealIdNumber", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].extensions.problems[0].code", equalTo("REASON_REQUIRED"));
    }

    @Test
    void shouldRefuseAndRecordARevealByAPartner() {
        run(Tokens.of("womens.federation"), "child/revealIdNumber", "childId",
                org.tonghu.testing.Fixtures.CHILD_YANGCHENG_2, "reason", "想看看")
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        run(auditor, "audit/auditEvents", "recordId", org.tonghu.testing.Fixtures.CHILD_YANGCHENG_2,
                "operation", "CHILD_REVEAL_ID_NUMBER", "first", 100)
                .body("data.auditEvents.edges.node.result", hasItem("DENIED"));
    }

    @Test
    void shouldRecordAnOutOfScopeReadAsNotFound() {
        run(Tokens.of("county.officer.yangcheng"), "child/child", "id", CHILD_QINSHUI_EAST_2)
                .body("errors[0].extensions.code", equalTo("CHILD_NOT_FOUND"));
        run(auditor, "audit/auditEvents", "recordId", CHILD_QINSHUI_EAST_2, "operation", "CHILD_READ", "first", 100)
                .body("data.auditEvents.edges.node.result", hasItem("NOT_FOUND"));
    }

    @Test
    void shouldLetOnlyAuditorsReadTheTrail() {
        run(Tokens.of("province.officer"), "audit/auditChain").body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        run(Tokens.of("admin"), "audit/auditEvents").body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    void shouldNotLetTheServicesRoleChangeOrRemoveEvents() throws SQLException {
        try (Connection connection = Database.asService(); Statement statement = connection.createStatement()) {
            assertThrows(SQLException.class, () -> statement.executeUpdate("update audit_event set reason = 'x'"));
            assertThrows(SQLException.class, () -> statement.executeUpdate("delete from audit_event"));
        }
    }

    @Test
    void shouldFindATamperedEventInTheChain() throws SQLException {
        run(Tokens.of("village.director"), "child/child", "id", CHILD_QINSHUI_EAST_1).body("errors", nullValue());
        run(auditor, "audit/auditChain").body("data.auditChain.intact", equalTo(true));
        String original;
        try (Connection connection = Database.asSuperuser(); Statement statement = connection.createStatement()) {
            var rows = statement.executeQuery("select actor_username from audit_event where sequence_number = 1");
            rows.next();
            original = rows.getString(1);
            // Only a superuser bypassing the triggers can do this; the chain must still tell.
            statement.execute("set session_replication_role = replica");
            statement.executeUpdate("update audit_event set actor_username = 'someone-else' where sequence_number = 1");
        }
        try {
            run(auditor, "audit/auditChain")
                    .body("data.auditChain.intact", equalTo(false))
                    .body("data.auditChain.firstBrokenSequenceNumber", equalTo("1"))
                    .body("data.auditChain.problem", equalTo("CONTENT_CHANGED"));
        } finally {
            try (Connection connection = Database.asSuperuser(); Statement statement = connection.createStatement()) {
                statement.execute("set session_replication_role = replica");
                statement.executeUpdate("update audit_event set actor_username = "
                        + (original == null ? "null" : "'" + original.replace("'", "''") + "'")
                        + " where sequence_number = 1");
            }
        }
        run(auditor, "audit/auditChain").body("data.auditChain.intact", equalTo(true))
                .body("data.auditChain.eventsChecked", not(equalTo("0")));
    }
}
