package org.tonghu.rehabilitation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tonghu.testing.GraphQLClient.run;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tonghu.testing.Database;
import org.tonghu.testing.Fixtures;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.TestChildren;
import org.tonghu.testing.TestChildren.TestChild;
import org.tonghu.testing.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The Disabled Persons' Federation's rehabilitation registry: rules per kind, progress, the pathway in the file. */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
public class RehabilitationTest {

    static final LocalDate TODAY = LocalDate.now();

    public static TestChild disabledChild() {
        return TestChildren.register(List.of("DISABLED"), List.of("CHILD_DISABILITY"));
    }

    public static Map<String, Object> step(TestChild child, String kind, String status, LocalDate startsOn) {
        Map<String, Object> input = new HashMap<>();
        input.put("child", Map.of("idNumber", child.idNumber(), "name", child.name()));
        input.put("kind", kind);
        input.put("provider", "沁水县残疾人康复中心");
        input.put("startsOn", startsOn.toString());
        input.put("status", status);
        return input;
    }

    @Test
    void shouldKeepADisabledChildsPathwayInOrder() {
        String federation = Tokens.of("disabled.federation");
        TestChild child = disabledChild();
        run(federation, "child/child", "id", child.id()).body("errors[0].extensions.code", equalTo("CHILD_NOT_FOUND"));
        Map<String, Object> screening = step(child, "SCREENING", "COMPLETED", TODAY.minusDays(40));
        screening.put("endsOn", TODAY.minusDays(40).toString());
        screening.put("findings", "听力筛查未通过");
        screening.put("outcome", "转入评估");
        run(federation, "rehabilitation/recordRehabilitation", "input", screening).body("errors", nullValue());
        run(federation, "child/child", "id", child.id()).body("data.child.name", equalTo(child.name()));
        Map<String, Object> training = step(child, "REHABILITATION_TRAINING", "IN_PROGRESS", TODAY.minusDays(20));
        training.put("fundingSource", "DISABLED_PERSONS_FEDERATION_PROGRAM");
        training.put("sessionsPlanned", 24);
        training.put("sessionsCompleted", 3);
        String trainingId = run(federation, "rehabilitation/recordRehabilitation", "input", training)
                .body("errors", nullValue()).extract().path("data.recordRehabilitation.id");
        run(federation, "rehabilitation/updateRehabilitation", "id", trainingId, "expectedVersion", 0, "input",
                Map.of("status", "COMPLETED", "endsOn", TODAY.toString(), "sessionsCompleted", 24))
                .body("errors[0].extensions.problems.code", hasItem("OUTCOME_REQUIRED"));
        run(federation, "rehabilitation/updateRehabilitation", "id", trainingId, "expectedVersion", 0, "input",
                Map.of("status", "COMPLETED", "endsOn", TODAY.toString(), "sessionsCompleted", 24, "outcome", "语言能力提升"))
                .body("errors", nullValue())
                .body("data.updateRehabilitation.status", equalTo("COMPLETED"));
        run(federation, "rehabilitation/updateRehabilitation", "id", trainingId, "expectedVersion", 1, "input",
                Map.of("status", "IN_PROGRESS"))
                .body("errors[0].extensions.problems.code", hasItem("REHABILITATION_RECORD_FINISHED"));
        run(Tokens.of("county.officer"), "rehabilitation/childFileRehabilitation", "childId", child.id())
                .body("data.childFile.rehabilitation.edges.node.kind",
                        contains("SCREENING", "REHABILITATION_TRAINING"));
        run(federation, "rehabilitation/rehabilitationRecords", "status", "COMPLETED")
                .body("data.rehabilitationRecords.edges.node.id", hasItem(trainingId));
    }

    @Test
    void shouldCheckEachKindsFieldsAndWriteNothingWhenWrong() throws Exception {
        String federation = Tokens.of("disabled.federation");
        TestChild child = disabledChild();
        long before = Database.count("rehabilitation_record");
        run(federation, "rehabilitation/recordRehabilitation", "input",
                step(child, "ASSISTIVE_DEVICE", "COMPLETED", TODAY))
                .body("errors[0].extensions.problems.code",
                        hasItems("DEVICE_REQUIRED", "FUNDING_SOURCE_REQUIRED", "OUTCOME_REQUIRED", "ENDS_ON_INVALID"));
        Map<String, Object> training = step(child, "REHABILITATION_TRAINING", "IN_PROGRESS", TODAY);
        training.put("fundingSource", "FAMILY");
        training.put("sessionsPlanned", 10);
        training.put("sessionsCompleted", 11);
        training.put("device", "轮椅");
        run(federation, "rehabilitation/recordRehabilitation", "input", training)
                .body("errors[0].extensions.problems.code", hasItems("SESSIONS_INVALID", "DEVICE_NOT_APPLICABLE"));
        // a child the federation does not work with, named by ID number: not disabled reads as not found
        run(federation, "rehabilitation/recordRehabilitation", "input",
                step(TestChildren.register(), "SCREENING", "PLANNED", TODAY))
                .body("errors[0].extensions.code", equalTo("CHILD_NOT_FOUND"));
        run(Tokens.of("womens.federation"), "rehabilitation/recordRehabilitation", "input",
                step(child, "SCREENING", "PLANNED", TODAY))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        assertEquals(before, Database.count("rehabilitation_record"));
    }

    @Test
    void shouldReadTheDemoPathwayInOrderAndOnlyTheOwnersRecordsForOtherPartners() {
        run(Tokens.of("county.officer"), "rehabilitation/childFileRehabilitation", "childId",
                Fixtures.CHILD_QINSHUI_OTHER_TOWNSHIP)
                .body("errors", nullValue())
                .body("data.childFile.rehabilitation.edges.node.kind", contains("SCREENING", "ASSESSMENT",
                        "REHABILITATION_TRAINING", "ASSISTIVE_DEVICE", "REHABILITATION_TRAINING", "SURGERY"));
        run(Tokens.of("disabled.federation"), "rehabilitation/childFileRehabilitation", "childId",
                Fixtures.CHILD_QINSHUI_OTHER_TOWNSHIP)
                .body("data.childFile.rehabilitation.edges.node.organizationId",
                        hasItem("00000000-0000-4000-8000-000000000104"));
    }
}
