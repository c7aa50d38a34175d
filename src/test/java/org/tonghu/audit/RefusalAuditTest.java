package org.tonghu.audit;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tonghu.testing.GraphQLClient.run;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.tonghu.testing.Database;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.PortalBrowser;
import org.tonghu.testing.TestChildren;
import org.tonghu.testing.TestChildren.TestChild;
import org.tonghu.testing.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every refused access is in the audit trail: a role check that refuses before any service runs, a service's refusal
 * for want of an organization of the right kind, a portal page refused by role, and every loser of a race of writes
 * with one expected version, whether the version check or the flush found the conflict.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class RefusalAuditTest {

    static long refusals(String username, String method) throws Exception {
        return Database.count("audit_event where operation = 'ACCESS_REFUSED' and result = 'DENIED'"
                + " and actor_username = '" + username + "' and record_ids = '" + method + "'");
    }

    @Test
    void shouldAuditARefusalByRole() throws Exception {
        long before = refusals("auditor", "ChildGraphQL.children");
        run(Tokens.of("auditor"), "child/children", "first", 5).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        assertEquals(before + 1, refusals("auditor", "ChildGraphQL.children"));
    }

    @Test
    void shouldAuditARefusalOfAServiceForWantOfTheRightOrganization() throws Exception {
        TestChild child = TestChildren.register(List.of("DISABLED"), List.of("CHILD_DISABILITY"));
        long before = refusals("womens.federation", "RehabilitationService.requireProvider");
        run(Tokens.of("womens.federation"), "rehabilitation/recordRehabilitation", "input", Map.of("child",
                Map.of("idNumber", child.idNumber(), "name", child.name()), "kind", "SCREENING", "provider", "县医院",
                "startsOn", java.time.LocalDate.now().toString(), "status", "PLANNED"))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        assertEquals(before + 1, refusals("womens.federation", "RehabilitationService.requireProvider"));
    }

    @Test
    void shouldAuditAPortalPageRefusedByRole() throws Exception {
        long before = Database.count("audit_event where operation = 'ACCESS_REFUSED' and actor_username = 'auditor'"
                + " and record_ids like 'Dashboard%'");
        PortalBrowser browser = new PortalBrowser();
        browser.signIn("auditor", "/portal");
        HttpResponse<String> page = browser.get(PortalBrowser.baseUrl() + "/portal/dashboard");
        assertEquals(403, page.statusCode());
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> Database.count("audit_event where operation ="
                + " 'ACCESS_REFUSED' and actor_username = 'auditor' and record_ids like 'Dashboard%'") == before + 1);
    }

    /**
     * Eight edits of one concern with the same expected version: one wins; each of the seven others is refused and
     * audited as a conflict, also those that passed the version check and lost at the flush.
     */
    @Test
    void shouldAuditEveryLoserOfARaceOfWrites() throws Exception {
        String director = Tokens.of("village.director");
        String concern = run(director, "concern/raiseConcern", "childId", "00000000-0000-4000-8000-000000001001",
                "input", Map.of("category", "HEALTH", "severity", "LOW", "description", "并发修改测试"))
                .body("errors", nullValue()).extract().path("data.raiseConcern.id");
        int requests = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        List<String> codes = new ArrayList<>();
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                String action = "第" + i + "次处理";
                answers.add(pool.submit(() -> {
                    start.await();
                    String code = run(director, "concern/updateConcern", "id", concern, "expectedVersion", 0, "input",
                            Map.of("status", "IN_PROGRESS", "actionTaken", action)).extract()
                            .path("errors[0].extensions.code");
                    return code == null ? "OK" : code;
                }));
            }
            start.countDown();
            for (Future<String> answer : answers) {
                codes.add(answer.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, codes.stream().filter("OK"::equals).count(), codes.toString());
        assertEquals(requests - 1, codes.stream().filter("CONFLICT"::equals).count(), codes.toString());
        assertEquals(requests - 1,
                Database.count("audit_event where operation = 'CONCERN_UPDATE' and result = 'CONFLICT'"
                + " and record_ids = '" + concern + "'"));
    }
}
