package org.tonghu.datasharing;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tonghu.testing.GraphQLClient.document;
import static org.tonghu.testing.GraphQLClient.post;
import static org.tonghu.testing.GraphQLClient.run;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.tonghu.local.DemoIssuer;
import org.tonghu.local.DemoUser;
import org.tonghu.security.Roles;
import org.tonghu.testing.Database;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.MovableClock;
import org.tonghu.testing.Tokens;
import org.tonghu.time.ChinaTime;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * Data-sharing agreements: registration and its validation, who may register, versioned updates and revocation, and
 * how an agreement binds its app's requests: none, expired or revoked refuses at once, an operation not listed is
 * refused, the field set and the regions limit what the app reaches, every call is audited with its client id, and
 * the rate limit and daily quota hold under concurrent requests.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class DataSharingTest {

    /** The Women's Federation: it has an active relationship with 孙丽 (阳城县, 140522). */
    static final String WOMENS_FEDERATION = "00000000-0000-4000-8000-000000000102";
    static final String CHILD_OF_WOMENS_FEDERATION = "00000000-0000-4000-8000-000000001005";
    static final String QINSHUI = "140521000000";
    static final String YANGCHENG = "140522000000";

    @Inject
    DataSharingService agreements;

    @Inject
    MovableClock clock;

    static String province() {
        return Tokens.of("province.officer");
    }

    static String newClientId() {
        return "test-app-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A client-credentials token of an app acting for an organization. */
    static String appToken(String clientId, String organizationId) {
        DemoUser app = new DemoUser("service-account-" + clientId, "测试应用", Roles.THIRD_PARTY_APP, null,
                organizationId);
        return LocalModeTestResource.issuer().accessToken(app, clientId);
    }

    static Map<String, Object> terms(List<String> regions, String fieldSet, List<String> operations) {
        Map<String, Object> terms = new HashMap<>();
        terms.put("purpose", "测试：妇联志愿者应用查询结对儿童");
        terms.put("legalBasis", "STATUTORY_DUTY");
        terms.put("regionCodes", regions);
        terms.put("fieldSet", fieldSet);
        terms.put("operations", operations);
        terms.put("webhookEvents", List.of("REFERRAL_RECEIVED"));
        terms.put("startsOn", ChinaTime.today().minusDays(1).toString());
        terms.put("expiresOn", ChinaTime.today().plusYears(1).toString());
        return terms;
    }

    static Map<String, Object> registration(String clientId, Map<String, Object> terms) {
        return Map.of("clientId", clientId, "organizationId", WOMENS_FEDERATION, "terms", terms);
    }

    /** Registers an agreement as the province; answers its id. */
    static String register(String clientId, Map<String, Object> terms) {
        return run(province(), "datasharing/registerAgreement", "input", registration(clientId, terms))
                .body("errors", nullValue())
                .extract().path("data.registerDataSharingAgreement.id");
    }

    static ExtractableResponse<Response> call(String token, String documentName) {
        return post(token, document(documentName)).extract();
    }

    @Nested
    class Registration {

        @Test
        void shouldRegisterAndListAnAgreementWithItsTerms() {
            String clientId = newClientId();
            run(province(), "datasharing/registerAgreement", "input",
                    registration(clientId, terms(List.of(YANGCHENG), "CHILD_LEVEL", List.of("me", "children"))))
                    .body("errors", nullValue())
                    .body("data.registerDataSharingAgreement.clientId", equalTo(clientId))
                    .body("data.registerDataSharingAgreement.organizationName", equalTo("晋城市妇女联合会"))
                    .body("data.registerDataSharingAgreement.operations", contains("children", "me"))
                    .body("data.registerDataSharingAgreement.regionCodes", contains(YANGCHENG))
                    .body("data.registerDataSharingAgreement.webhookEvents", contains("REFERRAL_RECEIVED"))
                    .body("data.registerDataSharingAgreement.requestsPerMinute", equalTo(60))
                    .body("data.registerDataSharingAgreement.dailyQuota", equalTo(10000))
                    .body("data.registerDataSharingAgreement.state", equalTo("ACTIVE"));
            run(province(), "datasharing/agreements", "clientId", clientId)
                    .body("data.dataSharingAgreements.edges.node.clientId", contains(clientId));
        }

        @Test
        void shouldDefaultTheWebhookEventsAndTheLimits() {
            run(province(), "datasharing/registerInline")
                    .body("errors", nullValue())
                    .body("data.registerDataSharingAgreement.webhookEvents", empty())
                    .body("data.registerDataSharingAgreement.requestsPerMinute", equalTo(30))
                    .body("data.registerDataSharingAgreement.dailyQuota", equalTo(10000));
        }

        @Test
        void shouldRefuseUnknownOperationsRegionsAndATermThatEndsBeforeItStarts() {
            Map<String, Object> terms = terms(List.of("999999999999", "14052"), "DIRECTORY",
                    List.of("me", "noSuchQuery"));
            terms.put("expiresOn", ChinaTime.today().minusDays(2).toString());
            terms.put("requestsPerMinute", 0);
            run(province(), "datasharing/registerAgreement", "input", registration("bad client id!", terms))
                    .body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
                    .body("errors[0].extensions.problems.code", hasItems("CLIENT_ID_INVALID", "REGION_NOT_FOUND",
                            "INVALID_REGION_CODE", "UNKNOWN_OPERATION", "EXPIRES_ON_INVALID", "LIMIT_OUT_OF_RANGE"))
                    .body("errors[0].extensions.problems.field", hasItem("input.terms.operations[1]"));
        }

        @Test
        void shouldKeepOneAgreementInForcePerClient() {
            String clientId = newClientId();
            register(clientId, terms(List.of(QINSHUI), "DIRECTORY", List.of("me")));
            run(province(), "datasharing/registerAgreement", "input",
                    registration(clientId, terms(List.of(QINSHUI), "DIRECTORY", List.of("me"))))
                    .body("errors[0].extensions.problems.code", contains("AGREEMENT_ALREADY_IN_FORCE"));
        }

        @Test
        void shouldLetOnlyTheProvinceRegister() {
            run(Tokens.of("county.officer"), "datasharing/registerAgreement", "input",
                    registration(newClientId(), terms(List.of(QINSHUI), "DIRECTORY", List.of("me"))))
                    .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
            run(Tokens.of("county.officer"), "datasharing/agreements")
                    .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        }

        @Test
        void shouldRefuseAStaleUpdate() {
            String id = register(newClientId(), terms(List.of(QINSHUI), "DIRECTORY", List.of("me")));
            run(province(), "datasharing/updateAgreement", "id", id, "expectedVersion", 0, "terms",
                    terms(List.of(YANGCHENG), "DIRECTORY", List.of("me", "regions")))
                    .body("data.updateDataSharingAgreement.version", equalTo(1))
                    .body("data.updateDataSharingAgreement.operations", contains("me", "regions"));
            run(province(), "datasharing/updateAgreement", "id", id, "expectedVersion", 0, "terms",
                    terms(List.of(QINSHUI), "DIRECTORY", List.of("me")))
                    .body("errors[0].extensions.code", equalTo("CONFLICT"));
        }
    }

    @Nested
    class Enforcement {

        @Test
        void shouldRefuseAnAppWithoutAgreement() {
            ExtractableResponse<Response> answer = call(appToken(newClientId(), WOMENS_FEDERATION),
                    "datasharing/appMe");
            assertEquals(403, answer.statusCode());
            assertEquals("AGREEMENT_INACTIVE", answer.path("errors[0].extensions.code"));
        }

        @Test
        void shouldRefuseTheDemoRevokedAndExpiredAgreements() {
            String organization = DemoUser.PARTNER_APP.organizationId();
            for (String clientId : List.of("demo-retired-app", "demo-expired-app")) {
                ExtractableResponse<Response> answer = call(appToken(clientId, organization), "datasharing/appMe");
                assertEquals(403, answer.statusCode(), clientId);
                assertEquals("AGREEMENT_INACTIVE", answer.path("errors[0].extensions.code"), clientId);
            }
        }

        @Test
        void shouldKeepTheDemoPartnerAppWorking() {
            run(Tokens.partnerApp(), "datasharing/appMe")
                    .body("errors", nullValue())
                    .body("data.me.clientId", equalTo(DemoIssuer.PARTNER_APP_CLIENT_ID))
                    .body("data.me.organization.name", equalTo("晋城市演示儿童服务中心"));
        }

        @Test
        void shouldStopTheAppAtOnceWhenRevoked() {
            String clientId = newClientId();
            String id = register(clientId, terms(List.of(YANGCHENG), "DIRECTORY", List.of("me")));
            String token = appToken(clientId, WOMENS_FEDERATION);
            run(token, "datasharing/appMe").body("data.me.clientId", equalTo(clientId));
            run(province(), "datasharing/revokeAgreement", "id", id, "expectedVersion", 0, "reason", "应用停止维护")
                    .body("data.revokeDataSharingAgreement.state", equalTo("REVOKED"))
                    .body("data.revokeDataSharingAgreement.revokedReason", equalTo("应用停止维护"));
            ExtractableResponse<Response> answer = call(token, "datasharing/appMe");
            assertEquals(403, answer.statusCode());
            assertEquals("AGREEMENT_INACTIVE", answer.path("errors[0].extensions.code"));
            assertFalse(agreements.allowsWebhookEvent(clientId, "REFERRAL_RECEIVED"));
        }

        @Test
        void shouldStopTheAppWhenItsTermEnds() throws SQLException {
            String clientId = newClientId();
            String id = register(clientId, terms(List.of(YANGCHENG), "DIRECTORY", List.of("me")));
            String token = appToken(clientId, WOMENS_FEDERATION);
            run(token, "datasharing/appMe").body("errors", nullValue());
            LocalDate yesterday = ChinaTime.today().minusDays(1);
            Database.execute("update data_sharing_agreement set starts_on = '" + yesterday.minusDays(30)
                    + "', expires_on = '" + yesterday + "' where id = '" + id + "'");
            ExtractableResponse<Response> answer = call(token, "datasharing/appMe");
            assertEquals(403, answer.statusCode());
            assertEquals("AGREEMENT_INACTIVE", answer.path("errors[0].extensions.code"));
            run(province(), "datasharing/agreement", "id", id)
                    .body("data.dataSharingAgreement.state", equalTo("EXPIRED"));
        }

        @Test
        void shouldRefuseAnOperationTheAgreementDoesNotList() {
            String clientId = newClientId();
            register(clientId, terms(List.of(YANGCHENG), "CHILD_LEVEL", List.of("me")));
            String token = appToken(clientId, WOMENS_FEDERATION);
            // regions is reached through a fragment: it counts all the same
            ExtractableResponse<Response> answer = call(token, "datasharing/appMeAndRegions");
            assertEquals(403, answer.statusCode());
            assertEquals("OPERATION_NOT_IN_AGREEMENT", answer.path("errors[0].extensions.code"));
            answer = call(token, "datasharing/appChildren");
            assertEquals(403, answer.statusCode());
            assertEquals("OPERATION_NOT_IN_AGREEMENT", answer.path("errors[0].extensions.code"));
        }

        @Test
        void shouldRefuseATokenOfAnotherOrganization() {
            String clientId = newClientId();
            register(clientId, terms(List.of(YANGCHENG), "DIRECTORY", List.of("me")));
            ExtractableResponse<Response> answer = call(appToken(clientId, DemoUser.PARTNER_APP.organizationId()),
                    "datasharing/appMe");
            assertEquals(403, answer.statusCode());
            assertEquals("ORGANIZATION_NOT_IN_AGREEMENT", answer.path("errors[0].extensions.code"));
        }

        @Test
        void shouldOpenChildLevelDataOnlyForThatFieldSetAndUnderTheAgreementsRegions() {
            String clientId = newClientId();
            String id = register(clientId, terms(List.of(YANGCHENG), "CHILD_LEVEL", List.of("children")));
            String token = appToken(clientId, WOMENS_FEDERATION);
            run(token, "datasharing/appChildren")
                    .body("data.children.edges.node.id", contains(CHILD_OF_WOMENS_FEDERATION));
            // the same relationship, outside the agreement's regions: unreachable
            run(province(), "datasharing/updateAgreement", "id", id, "expectedVersion", 0, "terms",
                    terms(List.of(QINSHUI), "CHILD_LEVEL", List.of("children")));
            // (other tests may relate the federation to children elsewhere: only those under 沁水 may show)
            run(token, "datasharing/appChildren")
                    .body("data.children.edges.node.id", not(hasItem(CHILD_OF_WOMENS_FEDERATION)))
                    .body("data.children.edges.node.residenceVillage.code", everyItem(startsWith("140521")));
            // the directory only: no child at all
            run(province(), "datasharing/updateAgreement", "id", id, "expectedVersion", 1, "terms",
                    terms(List.of(YANGCHENG), "DIRECTORY", List.of("children")));
            run(token, "datasharing/appChildren").body("data.children.edges", empty());
        }

        @Test
        void shouldShowTheDirectoryOnlyUnderAndAboveTheAgreementsRegions() {
            String clientId = newClientId();
            register(clientId, terms(List.of(YANGCHENG), "DIRECTORY", List.of("region", "regions")));
            String token = appToken(clientId, WOMENS_FEDERATION);
            run(token, "datasharing/appRegions", "code", "140522901202", "parentCode", "140500000000")
                    .body("errors", nullValue())
                    .body("data.region.code", equalTo("140522901202"))
                    .body("data.regions.edges.node.code", contains(YANGCHENG))
                    .body("data.regions.edges[0].node.children.edges.node.code", hasItem("140522901000"));
            run(token, "datasharing/appRegionList")
                    .body("data.regions.edges.node.code", contains("140000000000"))
                    .body("data.regions.edges[0].node.children.edges.node.code", contains("140500000000"));
            run(token, "datasharing/appRegions", "code", QINSHUI, "parentCode", "140500000000")
                    .body("errors[0].extensions.code", equalTo("REGION_NOT_FOUND"));
            run(token, "datasharing/appRegionList", "parentCode", QINSHUI)
                    .body("errors[0].extensions.code", equalTo("REGION_NOT_FOUND"));
        }

        @Test
        void shouldAuditEveryCallWithTheClientId() throws SQLException {
            String clientId = newClientId();
            register(clientId, terms(List.of(YANGCHENG), "DIRECTORY", List.of("me")));
            String token = appToken(clientId, WOMENS_FEDERATION);
            run(token, "datasharing/appMe").body("errors", nullValue());
            call(token, "datasharing/appChildren");
            List<String> results = new ArrayList<>();
            try (Connection connection = Database.asService(); PreparedStatement query = connection.prepareStatement(
                    // by id, the order of insertion: the sealer may not have numbered either event yet
                    "select result, reason from audit_event where client_id = ? and operation = 'APP_CALL'"
                            + " order by id")) {
                query.setString(1, clientId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        results.add(rows.getString(1) + " " + rows.getString(2));
                    }
                }
            }
            assertEquals(List.of("SUCCESS me", "DENIED OPERATION_NOT_IN_AGREEMENT children"), results);
        }

        @Test
        void shouldTellTheWebhooksWhichEventsAnAgreementAllows() {
            String clientId = newClientId();
            register(clientId, terms(List.of(YANGCHENG), "DIRECTORY", List.of("me")));
            assertTrue(agreements.allowsWebhookEvent(clientId, "REFERRAL_RECEIVED"));
            assertFalse(agreements.allowsWebhookEvent(clientId, "ACTIVITY_PUBLISHED"));
            assertFalse(agreements.allowsWebhookEvent(newClientId(), "REFERRAL_RECEIVED"));
            assertTrue(agreements.allowsWebhookEvent(DemoIssuer.PARTNER_APP_CLIENT_ID, "ACTIVITY_PUBLISHED"));
        }
    }

    @Nested
    class Limits {

        @Test
        void shouldLetExactlyTheLimitPassUnderConcurrentRequests() throws Exception {
            // half past a minute, stopped: however slow the burst, it falls in one minute, 30 s before the next
            clock.stopAt(ChinaTime.now().truncatedTo(ChronoUnit.MINUTES).plusSeconds(30));
            String clientId = newClientId();
            Map<String, Object> terms = terms(List.of(YANGCHENG), "DIRECTORY", List.of("me"));
            terms.put("requestsPerMinute", 5);
            register(clientId, terms);
            String token = appToken(clientId, WOMENS_FEDERATION);
            int requests = 16;
            ExecutorService pool = Executors.newFixedThreadPool(requests);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ExtractableResponse<Response>>> answers = new ArrayList<>();
            try {
                for (int i = 0; i < requests; i++) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return call(token, "datasharing/appMe");
                    }));
                }
                start.countDown();
                int passed = 0;
                int limited = 0;
                for (Future<ExtractableResponse<Response>> future : answers) {
                    ExtractableResponse<Response> answer = future.get();
                    if (answer.statusCode() == 200) {
                        assertEquals(clientId, answer.path("data.me.clientId"));
                        passed++;
                    } else {
                        assertEquals(429, answer.statusCode());
                        assertEquals("RATE_LIMITED", answer.path("errors[0].extensions.code"));
                        assertEquals("30", answer.header("Retry-After"));
                        limited++;
                    }
                }
                assertEquals(5, passed);
                assertEquals(requests - 5, limited);
            } finally {
                pool.shutdownNow();
                clock.reset();
            }
        }

        @Test
        void shouldForgetTheCountsOfWindowsLongPast() throws SQLException {
            String clientId = newClientId();
            Database.execute("insert into data_sharing_usage values ('" + clientId + "', 'DAY',"
                    + " now() - interval '3 days', 7), ('" + clientId + "', 'MINUTE', now(), 1)");
            assertTrue(agreements.forgetOldUsage() >= 1);
            assertEquals(1L, Database.count("data_sharing_usage where client_id = '" + clientId + "'"));
        }

        @Test
        void shouldRefuseRequestsOverTheDailyQuotaUntilTheNextDay() {
            String clientId = newClientId();
            Map<String, Object> terms = terms(List.of(YANGCHENG), "DIRECTORY", List.of("me"));
            terms.put("dailyQuota", 3);
            register(clientId, terms);
            String token = appToken(clientId, WOMENS_FEDERATION);
            // a minute before midnight in China, stopped: the quota comes back in 60 s
            clock.stopAt(ChinaTime.today().atTime(23, 59).atZone(ChinaTime.ZONE).toOffsetDateTime());
            try {
                for (int i = 0; i < 3; i++) {
                    run(token, "datasharing/appMe").body("data.me.clientId", equalTo(clientId));
                }
                ExtractableResponse<Response> answer = call(token, "datasharing/appMe");
                assertEquals(429, answer.statusCode());
                assertEquals("QUOTA_EXCEEDED", answer.path("errors[0].extensions.code"));
                assertEquals("60", answer.header("Retry-After"));
                assertNull(answer.path("data"));
                // the next day, the app may call again
                clock.stopAt(ChinaTime.today().plusDays(1).atTime(0, 0, 5).atZone(ChinaTime.ZONE)
                        .toOffsetDateTime());
                run(token, "datasharing/appMe").body("data.me.clientId", equalTo(clientId));
            } finally {
                clock.reset();
            }
        }
    }
}
