package org.tonghu.webhook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tonghu.testing.GraphQLClient.run;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tonghu.activity.ActivityTest;
import org.tonghu.local.DemoUser;
import org.tonghu.security.Roles;
import org.tonghu.testing.Database;
import org.tonghu.testing.GraphQLClient;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.TestChildren;
import org.tonghu.testing.TestChildren.TestChild;
import org.tonghu.testing.TestReferrals;
import org.tonghu.testing.Tokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Webhooks: subscriptions and their scope, the outbox written in the event's transaction, each event kind queued for
 * the organizations it concerns only, signed deliveries to a real receiver, retries with backoff, DEAD at the cap,
 * replays, pausing, rotation and deletion.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class WebhookTest {

    static final String LEAGUE = "00000000-0000-4000-8000-000000000103";
    static final String DISABLED_FEDERATION = "00000000-0000-4000-8000-000000000104";
    static final String NGO = "00000000-0000-4000-8000-000000000105";
    static final String COUNTY_CIVIL_AFFAIRS = "00000000-0000-4000-8000-000000000106";
    static final String POLICE = "00000000-0000-4000-8000-000000000108";
    static final String FIXTURE_CHILD = "00000000-0000-4000-8000-000000001001";
    static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    WebhookOutbox outbox;

    @Inject
    WebhookDispatcher dispatcher;

    private ScheduledExecutorService worker;
    private final AtomicInteger workerPasses = new AtomicInteger();

    /** The worker, every 100 ms (its own schedule is off in the tests: tonghu.webhook.deliver-every). */
    @BeforeEach
    void startWorker() {
        worker = Executors.newSingleThreadScheduledExecutor();
        worker.scheduleWithFixedDelay(() -> {
            dispatcher.run();
            workerPasses.incrementAndGet();
        }, 0, 100, TimeUnit.MILLISECONDS);
    }

    /**
     * Waits until the worker has finished two more passes, the second begun after this call: whatever is due now has
     * been sent by then, so what a receiver has not got by then the worker did not send.
     */
    private void awaitTwoMoreWorkerPasses() {
        int passes = workerPasses.get();
        Awaitility.await("two more passes of the worker").atMost(WAIT).until(() -> workerPasses.get() >= passes + 2);
    }

    @AfterEach
    void deleteSubscriptions() throws Exception {
        worker.shutdownNow();
        assertTrue(worker.awaitTermination(20, TimeUnit.SECONDS));
        // the worker sends nothing more to this test's receivers
        Database.execute("update webhook_subscription set status = 'DELETED', deleted_at = now()"
                + " where status <> 'DELETED'");
    }

    /** A token of a third-party app acting for an organization. */
    static String app(String organizationId, String clientId) {
        agreementFor(organizationId, clientId);
        return LocalModeTestResource.issuer().accessToken(new DemoUser("service-account-" + clientId,
                "测试应用 " + clientId, Roles.THIRD_PARTY_APP, null, organizationId), clientId);
    }

    /** The webhook operations and every event kind, which an app's data-sharing agreement must list. */
    private static final String WEBHOOK_OPERATIONS = "subscribeWebhook,webhookSubscriptions,webhookSubscription,"
            + "webhookDeliveries,rotateWebhookSecret,pauseWebhookSubscription,resumeWebhookSubscription,"
            + "deleteWebhookSubscription,replayWebhookDelivery,replayWebhookDeliveries";

    /** An agreement in force for a test app, unless it has one (a third-party app calls only under one). */
    static void agreementFor(String organizationId, String clientId) {
        try {
            Database.execute("insert into data_sharing_agreement (id, client_id, organization_id, purpose,"
                    + " legal_basis, region_codes, field_set, operations, webhook_events, starts_on, expires_on,"
                    + " registered_by_name, registered_by_subject) select gen_random_uuid(), '" + clientId + "', '"
                    + organizationId + "', 'webhook test', 'STATUTORY_DUTY', '140000000000', 'DIRECTORY', '"
                    + WEBHOOK_OPERATIONS + "', 'ACTIVITY_PUBLISHED,REFERRAL_ANSWERED,REFERRAL_RECEIVED,"
                    + "REPORT_ACKNOWLEDGED', current_date - 1, current_date + 365, 'test', 'test' where not exists"
                    + " (select 1 from data_sharing_agreement a where a.client_id = '" + clientId + "')");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    record Subscribed(String id, String secret) {
    }

    static Subscribed subscribe(String token, String url, String... kinds) {
        var answer = run(token, "webhook/subscribeWebhook", "input",
                Map.of("callbackUrl", url, "eventKinds", List.of(kinds))).body("errors", nullValue())
                .body("data.subscribeWebhook.subscription.status", equalTo("ACTIVE")).extract();
        return new Subscribed(answer.path("data.subscribeWebhook.subscription.id"),
                answer.path("data.subscribeWebhook.secret"));
    }

    static List<Map<String, Object>> deliveries(String token, String subscriptionId) {
        return run(token, "webhook/webhookDeliveries", "subscriptionId", subscriptionId, "first", 100)
                .body("errors", nullValue()).extract().path("data.webhookDeliveries.edges.node");
    }

    static JsonObject json(Object payload) {
        return Json.createReader(new StringReader((String) payload)).readObject();
    }

    /** Waits until the subscription's only delivery has this status; answers it. */
    static Map<String, Object> awaitOnlyDelivery(String token, String subscriptionId, String status) {
        return Awaitility.await("a single " + status + " delivery").atMost(WAIT)
                .until(() -> deliveries(token, subscriptionId),
                        now -> now.size() == 1 && status.equals(now.get(0).get("status")))
                .get(0);
    }

    private UUID enqueueReferral(String organization) {
        UUID referral = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> outbox.referralReceived(referral, UUID.fromString(organization)));
        return referral;
    }

    @Test
    void shouldWriteTheOutboxInTheEventsTransactionOnly() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(200)) {
            Subscribed subscription = subscribe(app(DISABLED_FEDERATION, "dpf-app"), receiver.url(),
                    "REFERRAL_RECEIVED");
            UUID rolledBack = UUID.randomUUID();
            assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
                assertEquals(1, outbox.referralReceived(rolledBack, UUID.fromString(DISABLED_FEDERATION)));
                throw new IllegalStateException("the event fails after queueing");
            }));
            assertEquals(0, Database.count("webhook_delivery where payload like '%" + rolledBack + "%'"),
                    "a rolled-back event queues nothing");
            assertThrows(RuntimeException.class,
                    () -> outbox.referralReceived(UUID.randomUUID(), UUID.fromString(DISABLED_FEDERATION)),
                    "the outbox joins the event's transaction; there must be one");
            UUID committed = enqueueReferral(DISABLED_FEDERATION);
            assertEquals(1, Database.count("webhook_delivery where subscription_id = '" + subscription.id()
                    + "' and payload like '%" + committed + "%'"), "a committed event keeps its delivery");
        }
    }

    @Test
    void shouldQueueReferralsReceivedAndAnsweredForTheirOrganizationsOnly() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(200)) {
            String federationApp = app(DISABLED_FEDERATION, "dpf-app");
            String countyApp = app(COUNTY_CIVIL_AFFAIRS, "county-app");
            Subscribed federation = subscribe(federationApp, receiver.url(), "REFERRAL_RECEIVED",
                    "REFERRAL_ANSWERED");
            Subscribed county = subscribe(countyApp, receiver.url(), "REFERRAL_RECEIVED", "REFERRAL_ANSWERED");
            Subscribed other = subscribe(Tokens.partnerApp(), receiver.url(), "REFERRAL_RECEIVED",
                    "REFERRAL_ANSWERED", "ACTIVITY_PUBLISHED", "REPORT_ACKNOWLEDGED");
            TestChild child = TestChildren.register();
            String referral = run(Tokens.of("county.officer"), "referral/referChild", "input",
                    TestReferrals.input(child, DISABLED_FEDERATION)).body("errors", nullValue()).extract()
                    .path("data.referChild.id");

            List<Map<String, Object>> received = deliveries(federationApp, federation.id());
            assertEquals(1, received.size(), "the receiving organization's app: " + received);
            assertEquals("REFERRAL_RECEIVED", received.get(0).get("eventKind"));
            JsonObject payload = json(received.get(0).get("payload"));
            assertEquals(referral, payload.getJsonObject("data").getString("referralId"));
            assertEquals("REFERRAL_RECEIVED", payload.getString("kind"));
            assertEquals(received.get(0).get("eventId"), payload.getString("id"));
            assertEquals(Map.of("referralId", referral), Map.copyOf(payload.getJsonObject("data").entrySet().stream()
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                            e -> ((jakarta.json.JsonString) e.getValue()).getString()))),
                    "ids only: nothing of the child");
            assertFalse(((String) received.get(0).get("payload")).contains(child.id()));
            assertEquals(0, deliveries(countyApp, county.id()).size(), "the referrer receives nothing yet");
            assertEquals(0, deliveries(Tokens.partnerApp(), other.id()).size(), "an unrelated organization");

            run(Tokens.of("disabled.federation"), "referral/acceptReferral", "id", referral, "expectedVersion", 0)
                    .body("errors", nullValue());
            List<Map<String, Object>> answered = deliveries(countyApp, county.id());
            assertEquals(1, answered.size(), "the referring organization's app: " + answered);
            assertEquals("REFERRAL_ANSWERED", answered.get(0).get("eventKind"));
            assertEquals("ACCEPTED", json(answered.get(0).get("payload")).getJsonObject("data").getString("status"));
            assertEquals(referral,
                    json(answered.get(0).get("payload")).getJsonObject("data").getString("referralId"));
            assertEquals(1, deliveries(federationApp, federation.id()).size(), "the receiver gets no answer event");
            assertEquals(0, deliveries(Tokens.partnerApp(), other.id()).size());
        }
    }

    @Test
    void shouldQueueAnActivityForTheOrganizationsThatMaySeeItOnly() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(200)) {
            String leagueApp = app(LEAGUE, "league-app");
            Subscribed league = subscribe(leagueApp, receiver.url(), "ACTIVITY_PUBLISHED");
            Subscribed other = subscribe(Tokens.partnerApp(), receiver.url(), "ACTIVITY_PUBLISHED");
            Subscribed referralsOnly = subscribe(app(LEAGUE, "league-referrals"), receiver.url(),
                    "REFERRAL_RECEIVED");
            Map<String, Object> input = ActivityTest.activity("TONGXIN_HARBOR_EVENT", "HARBOR_SITE",
                    OffsetDateTime.now().plusDays(2));
            input.put("harborSiteId", ActivityTest.HARBOR_SITE);
            String activity = ActivityTest.create(Tokens.of("youth.league"), input);

            List<Map<String, Object>> published = deliveries(leagueApp, league.id());
            assertEquals(1, published.size());
            assertEquals("ACTIVITY_PUBLISHED", published.get(0).get("eventKind"));
            JsonObject data = json(published.get(0).get("payload")).getJsonObject("data");
            assertEquals(activity, data.getString("activityId"));
            assertEquals("TONGXIN_HARBOR_EVENT", data.getString("activityKind"));
            assertEquals(0, deliveries(Tokens.partnerApp(), other.id()).size(), "another organization's activity");
            assertEquals(0, deliveries(app(LEAGUE, "league-referrals"), referralsOnly.id()).size(),
                    "a subscription to other kinds");
        }
    }

    @Test
    void shouldQueueAReportsAcknowledgmentForTheOrganizationThatFiledIt() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(200)) {
            String countyApp = app(COUNTY_CIVIL_AFFAIRS, "county-app");
            String policeApp = app(POLICE, "police-app");
            Subscribed county = subscribe(countyApp, receiver.url(), "REPORT_ACKNOWLEDGED");
            Subscribed police = subscribe(policeApp, receiver.url(), "REPORT_ACKNOWLEDGED");
            Map<String, Object> input = new HashMap<>();
            input.put("childId", FIXTURE_CHILD);
            input.put("category", "NEGLECT");
            input.put("observed", "孩子独自在家三天，无人照料");
            input.put("discoveredAt", OffsetDateTime.now().minusHours(1).toString());
            input.put("immediateDanger", false);
            var filed = run(Tokens.of("county.officer"), "protection/fileProtectionReport", "input", input)
                    .body("errors", nullValue()).extract();
            String report = filed.path("data.fileProtectionReport.id");
            String receipt = filed.path("data.fileProtectionReport.receipts.find { it.receiverKind == "
                    + "'PUBLIC_SECURITY' }.id");
            assertEquals(0, deliveries(countyApp, county.id()).size(), "filed, not yet acknowledged");

            run(Tokens.of("police.qinshui"), "protection/acknowledgeProtectionReport", "receiptId", receipt,
                    "expectedVersion", 0).body("errors", nullValue());
            List<Map<String, Object>> acknowledged = deliveries(countyApp, county.id());
            assertEquals(1, acknowledged.size());
            assertEquals("REPORT_ACKNOWLEDGED", acknowledged.get(0).get("eventKind"));
            JsonObject data = json(acknowledged.get(0).get("payload")).getJsonObject("data");
            assertEquals(report, data.getString("reportId"));
            assertEquals(receipt, data.getString("receiptId"));
            assertEquals("PUBLIC_SECURITY", data.getString("receiverKind"));
            assertEquals(0, deliveries(policeApp, police.id()).size(), "the receiver did not file it");
        }
    }

    /** A revoked agreement stops the app's events at once: nothing is sent, and each attempt says why. */
    @Test
    void shouldSendNothingToAnAppWhoseAgreementWasRevoked() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(200)) {
            Subscribed subscription = subscribe(app(LEAGUE, "league-revoked"), receiver.url(), "REFERRAL_RECEIVED");
            Database.execute("update data_sharing_agreement set status = 'REVOKED', revoked_at = now(),"
                    + " revoked_reason = 'test', revoked_by_name = 'test' where client_id = 'league-revoked'");
            enqueueReferral(LEAGUE);
            String refused = "webhook_attempt a join webhook_delivery d on d.id = a.delivery_id where d.subscription_id"
                    + " = '" + subscription.id() + "' and a.error_class = 'NOT_IN_AGREEMENT'";
            Awaitility.await("an attempt refused for want of an agreement").atMost(WAIT)
                    .until(() -> Database.count(refused) > 0);
            assertEquals(List.of(), receiver.received(), "nothing sent");
        }
    }

    @Test
    void shouldRetryAReceiverThatIsDownAndDeliverOnceSigned() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(503, 200)) {
            Subscribed subscription = subscribe(Tokens.partnerApp(), receiver.url(), "REFERRAL_RECEIVED");
            UUID referral = enqueueReferral(NGO);

            List<WebhookReceiver.Received> got = receiver.await(r -> r.size() >= 2, WAIT);
            Map<String, Object> delivery = awaitOnlyDelivery(Tokens.partnerApp(), subscription.id(), "DELIVERED");
            awaitTwoMoreWorkerPasses();
            got = receiver.received();
            assertEquals(2, got.size(), "503, then once delivered, and never again: " + got);
            assertEquals(List.of(503, 200), got.stream().map(WebhookReceiver.Received::answered).toList());
            assertTrue(Duration.ofNanos(got.get(1).receivedAtNanos() - got.get(0).receivedAtNanos())
                    .compareTo(Duration.ofMillis(200)) >= 0, "the second attempt waits the first backoff");
            for (WebhookReceiver.Received request : got) {
                assertEquals(delivery.get("eventId"), request.eventId(), "one event id in every attempt");
                assertEquals(delivery.get("id"), request.deliveryId());
                assertEquals("REFERRAL_RECEIVED", request.eventKind());
                assertTrue(request.contentType().startsWith("application/json"));
                assertEquals(delivery.get("payload"), request.body());
                assertTrue(WebhookSignature.verify(subscription.secret(), Long.parseLong(request.timestamp()),
                        request.body(), request.signature()), "signed with the subscription's secret");
                assertFalse(WebhookSignature.verify("whsec_another", Long.parseLong(request.timestamp()),
                        request.body(), request.signature()));
                assertFalse(WebhookSignature.verify(subscription.secret(), Long.parseLong(request.timestamp()) + 1,
                        request.body(), request.signature()), "the timestamp is signed too");
                assertTrue(Math.abs(Long.parseLong(request.timestamp()) - OffsetDateTime.now().toEpochSecond()) < 60);
            }
            assertEquals(referral.toString(), json(got.get(1).body()).getJsonObject("data").getString("referralId"));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> attempts = (List<Map<String, Object>>) delivery.get("attempts");
            assertEquals(2, attempts.size());
            assertEquals(List.of(1, 2), attempts.stream().map(a -> a.get("number")).toList());
            assertEquals(List.of(503, 200), attempts.stream().map(a -> a.get("statusCode")).toList());
            assertEquals("HTTP_503", attempts.get(0).get("errorClass"));
            assertEquals(null, attempts.get(1).get("errorClass"));
            assertEquals(List.of(false, true), attempts.stream().map(a -> a.get("succeeded")).toList());
            assertEquals(null, delivery.get("nextAttemptAt"));
            assertTrue(delivery.get("deliveredAt") != null);
        }
    }

    @Test
    void shouldGiveUpAtTheCapWithGrowingWaitsThenDeliverAReplay() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(500)) {
            String token = Tokens.partnerApp();
            Subscribed subscription = subscribe(token, receiver.url(), "REFERRAL_RECEIVED");
            enqueueReferral(NGO);
            Map<String, Object> dead = awaitOnlyDelivery(token, subscription.id(), "DEAD");
            awaitTwoMoreWorkerPasses();
            List<WebhookReceiver.Received> got = receiver.received();
            assertEquals(4, got.size(), "tonghu.webhook.max-attempts in the tests, and no more");
            List<Duration> waits = List.of(Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(400));
            for (int i = 0; i < waits.size(); i++) {
                Duration gap = Duration.ofNanos(got.get(i + 1).receivedAtNanos() - got.get(i).receivedAtNanos());
                assertTrue(gap.compareTo(waits.get(i)) >= 0, "wait " + (i + 1) + " was " + gap);
            }
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> attempts = (List<Map<String, Object>>) dead.get("attempts");
            assertEquals(4, attempts.size());
            assertTrue(attempts.stream().allMatch(a -> "HTTP_500".equals(a.get("errorClass"))));

            receiver.answerFromNow(200);
            run(token, "webhook/replayWebhookDelivery", "deliveryId", dead.get("id")).body("errors", nullValue())
                    .body("data.replayWebhookDelivery.status", equalTo("PENDING"))
                    .body("data.replayWebhookDelivery.nextAttemptAt", notNullValue());
            Map<String, Object> delivered = awaitOnlyDelivery(token, subscription.id(), "DELIVERED");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> all = (List<Map<String, Object>>) delivered.get("attempts");
            assertEquals(5, all.size());
            assertEquals(5, all.get(4).get("number"));
            assertEquals(true, all.get(4).get("succeeded"));
            assertEquals(dead.get("eventId"), receiver.received().get(4).eventId());
        }
    }

    @Test
    void shouldReplayEveryDeliverySinceATime() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(200)) {
            String token = Tokens.partnerApp();
            Subscribed subscription = subscribe(token, receiver.url(), "REFERRAL_RECEIVED");
            OffsetDateTime before = OffsetDateTime.now().minusSeconds(1);
            enqueueReferral(NGO);
            enqueueReferral(NGO);
            receiver.await(r -> r.size() == 2, WAIT);
            run(token, "webhook/replayWebhookDeliveries", "subscriptionId", subscription.id(), "since",
                    OffsetDateTime.now().plusHours(1).toString())
                    .body("errors[0].extensions.problems[0].code", equalTo("SINCE_INVALID"));
            run(token, "webhook/replayWebhookDeliveries", "subscriptionId", subscription.id(), "since",
                    OffsetDateTime.now().plusSeconds(30).minusHours(1).toString()).body("errors", nullValue())
                    .body("data.replayWebhookDeliveries", equalTo(2));
            List<WebhookReceiver.Received> got = receiver.await(r -> r.size() == 4, WAIT);
            assertEquals(got.subList(0, 2).stream().map(WebhookReceiver.Received::eventId).sorted().toList(),
                    got.subList(2, 4).stream().map(WebhookReceiver.Received::eventId).sorted().toList(),
                    "the same events again, with their ids");
            assertTrue(before.isBefore(OffsetDateTime.now()));
        }
    }

    @Test
    void shouldKeepSubscriptionsAndDeliveriesToTheirOwnOrganization() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(200)) {
            String owner = Tokens.partnerApp();
            Subscribed subscription = subscribe(owner, receiver.url(), "REFERRAL_RECEIVED");
            enqueueReferral(NGO);
            String delivery = (String) awaitOnlyDelivery(owner, subscription.id(), "DELIVERED").get("id");
            String stranger = app(DISABLED_FEDERATION, "dpf-app");

            run(owner, "webhook/webhookSubscriptions", "first", 100)
                    .body("data.webhookSubscriptions.edges.node.id", hasItem(subscription.id()));
            run(stranger, "webhook/webhookSubscriptions", "first", 100).body("errors", nullValue())
                    .body("data.webhookSubscriptions.edges.node.id", not(hasItem(subscription.id())));
            run(stranger, "webhook/webhookSubscription", "id", subscription.id())
                    .body("errors[0].extensions.code", equalTo("WEBHOOK_SUBSCRIPTION_NOT_FOUND"));
            run(stranger, "webhook/webhookDeliveries", "subscriptionId", subscription.id())
                    .body("errors[0].extensions.code", equalTo("WEBHOOK_SUBSCRIPTION_NOT_FOUND"));
            run(stranger, "webhook/replayWebhookDelivery", "deliveryId", delivery)
                    .body("errors[0].extensions.code", equalTo("WEBHOOK_DELIVERY_NOT_FOUND"));
            run(stranger, "webhook/replayWebhookDeliveries", "subscriptionId", subscription.id(), "since",
                    OffsetDateTime.now().minusDays(1).toString())
                    .body("errors[0].extensions.code", equalTo("WEBHOOK_SUBSCRIPTION_NOT_FOUND"));
            run(stranger, "webhook/rotateWebhookSecret", "id", subscription.id(), "expectedVersion", 0)
                    .body("errors[0].extensions.code", equalTo("WEBHOOK_SUBSCRIPTION_NOT_FOUND"));
            run(stranger, "webhook/deleteWebhookSubscription", "id", subscription.id(), "expectedVersion", 0)
                    .body("errors[0].extensions.code", equalTo("WEBHOOK_SUBSCRIPTION_NOT_FOUND"));
            run(Tokens.of("disabled.federation"), "webhook/webhookSubscriptions", "first", 10)
                    .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
            assertEquals(1, Database.count("webhook_delivery where id = '" + delivery + "' and attempts = 1"),
                    "nobody else's replay reached it");
            assertTrue(Database.count("audit_event where operation = 'WEBHOOK_DELIVERY_REPLAY' and result = "
                    + "'NOT_FOUND' and record_ids = '" + delivery + "' and client_id = 'dpf-app'") >= 1);
        }
    }

    @Test
    void shouldRefuseCallbacksThatAreNotHttpsToAPublicHostAndKindsNotAllowed() throws Exception {
        long before = Database.count("webhook_subscription");
        Map<String, String> refused = Map.of("http://hooks.example.org/x", "CALLBACK_URL_SCHEME",
                "ftp://127.0.0.1/x", "CALLBACK_URL_SCHEME", "https://10.1.2.3/x", "CALLBACK_URL_PRIVATE",
                "https://[fd00::1]/x", "CALLBACK_URL_PRIVATE", "https://169.254.169.254/latest", "CALLBACK_URL_PRIVATE",
                "not a url", "CALLBACK_URL_INVALID", "https://user:pw@hooks.example.org/x", "CALLBACK_URL_INVALID");
        refused.forEach((url, code) -> run(Tokens.partnerApp(), "webhook/subscribeWebhook", "input",
                Map.of("callbackUrl", url, "eventKinds", List.of("REFERRAL_RECEIVED")))
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].extensions.problems[0].field", equalTo("input.callbackUrl"))
                .body("errors[0].extensions.problems[0].code", equalTo(code)));
        run(Tokens.partnerApp(), "webhook/subscribeWebhook", "input",
                Map.of("callbackUrl", "https://hooks.example.org/x", "eventKinds", List.of()))
                .body("errors[0].extensions.problems[0].code", equalTo("EVENT_KINDS_REQUIRED"));
        // a kind the app's data-sharing agreement does not list
        agreementFor(LEAGUE, "narrow-app");
        Database.execute("update data_sharing_agreement set webhook_events = 'REFERRAL_RECEIVED'"
                + " where client_id = 'narrow-app'");
        run(app(LEAGUE, "narrow-app"), "webhook/subscribeWebhook", "input",
                Map.of("callbackUrl", "https://hooks.example.org/x", "eventKinds", List.of("ACTIVITY_PUBLISHED")))
                .body("errors[0].extensions.problems[0].field", equalTo("input.eventKinds[0]"))
                .body("errors[0].extensions.problems[0].code", equalTo("EVENT_KIND_NOT_ALLOWED"));
        assertEquals(before, Database.count("webhook_subscription"), "nothing written");
        Subscribed accepted = subscribe(Tokens.partnerApp(), "https://hooks.example.org/tonghu?x=1",
                "REFERRAL_RECEIVED");
        assertTrue(accepted.secret().startsWith("whsec_"));
    }

    @Test
    void shouldPauseResumeRotateAndDeleteWithVersionChecks() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(200)) {
            String token = Tokens.partnerApp();
            Subscribed subscription = subscribe(token, receiver.url(), "REFERRAL_RECEIVED");
            try (Connection connection = Database.asService(); PreparedStatement statement = connection
                    .prepareStatement("select secret_sealed from webhook_subscription where id = ?::uuid")) {
                statement.setString(1, subscription.id());
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    assertTrue(rows.getString(1).startsWith("aes-gcm:"), "encrypted at rest with the test key");
                    assertFalse(rows.getString(1).contains(subscription.secret().substring(6)));
                }
            }
            run(token, "webhook/pauseWebhookSubscription", "id", subscription.id(), "expectedVersion", 0)
                    .body("errors", nullValue()).body("data.pauseWebhookSubscription.status", equalTo("PAUSED"))
                    .body("data.pauseWebhookSubscription.version", equalTo(1));
            run(token, "webhook/pauseWebhookSubscription", "id", subscription.id(), "expectedVersion", 1)
                    .body("errors[0].extensions.problems[0].code", equalTo("SUBSCRIPTION_STATUS_INVALID"));
            enqueueReferral(NGO);
            awaitTwoMoreWorkerPasses();
            assertEquals(0, receiver.received().size(), "held while paused");
            assertEquals("PENDING", deliveries(token, subscription.id()).get(0).get("status"), "but kept");
            run(token, "webhook/resumeWebhookSubscription", "id", subscription.id(), "expectedVersion", 0)
                    .body("errors[0].extensions.code", equalTo("CONFLICT"));
            run(token, "webhook/resumeWebhookSubscription", "id", subscription.id(), "expectedVersion", 1)
                    .body("errors", nullValue()).body("data.resumeWebhookSubscription.status", equalTo("ACTIVE"));
            WebhookReceiver.Received first = receiver.await(r -> r.size() == 1, WAIT).get(0);
            assertTrue(WebhookSignature.verify(subscription.secret(), Long.parseLong(first.timestamp()),
                    first.body(), first.signature()));

            var rotated = run(token, "webhook/rotateWebhookSecret", "id", subscription.id(), "expectedVersion", 2)
                    .body("errors", nullValue())
                    .body("data.rotateWebhookSecret.subscription.secretRotatedAt", notNullValue()).extract();
            String secret = rotated.path("data.rotateWebhookSecret.secret");
            assertNotEquals(subscription.secret(), secret);
            enqueueReferral(NGO);
            WebhookReceiver.Received second = receiver.await(r -> r.size() == 2, WAIT).get(1);
            assertTrue(WebhookSignature.verify(secret, Long.parseLong(second.timestamp()), second.body(),
                    second.signature()), "signed with the new secret");
            assertFalse(WebhookSignature.verify(subscription.secret(), Long.parseLong(second.timestamp()),
                    second.body(), second.signature()));

            run(token, "webhook/deleteWebhookSubscription", "id", subscription.id(), "expectedVersion", 3)
                    .body("errors", nullValue()).body("data.deleteWebhookSubscription.status", equalTo("DELETED"));
            run(token, "webhook/webhookSubscription", "id", subscription.id())
                    .body("errors[0].extensions.code", equalTo("WEBHOOK_SUBSCRIPTION_NOT_FOUND"));
            UUID afterDeletion = enqueueReferral(NGO);
            assertEquals(0, Database.count("webhook_delivery where payload like '%" + afterDeletion + "%'"));
            assertTrue(Database.count("audit_event where operation = 'WEBHOOK_SECRET_ROTATE' and result = 'SUCCESS'"
                    + " and record_ids = '" + subscription.id() + "' and client_id = '"
                    + "demo-partner-app'") == 1);
        }
    }

    @Test
    void shouldAnswerARetriedSubscriptionFromItsIdempotencyKey() throws Exception {
        Map<String, Object> body = Map.of("query", GraphQLClient.document("webhook/subscribeWebhook"), "variables",
                Map.of("input", Map.of("callbackUrl", "https://hooks.example.org/retried", "eventKinds",
                        List.of("ACTIVITY_PUBLISHED"))));
        String key = "webhook-" + UUID.randomUUID();
        String token = Tokens.partnerApp();
        var first = given().contentType(ContentType.JSON).auth().oauth2(token).header("Idempotency-Key", key)
                .body(body).when().post("/graphql").then().statusCode(200).body("errors", nullValue()).extract();
        var second = given().contentType(ContentType.JSON).auth().oauth2(token).header("Idempotency-Key", key)
                .body(body).when().post("/graphql").then().statusCode(200).body("errors", nullValue()).extract();
        assertEquals(first.<String>path("data.subscribeWebhook.subscription.id"),
                second.<String>path("data.subscribeWebhook.subscription.id"));
        assertEquals(first.<String>path("data.subscribeWebhook.secret"),
                second.<String>path("data.subscribeWebhook.secret"), "a client that lost the answer gets its secret");
        assertEquals(1, Database.count("webhook_subscription where callback_url = 'https://hooks.example.org/retried'"
                + " and status <> 'DELETED'"));
    }

    @Test
    void shouldHoldTheCapOfSubscriptionsUnderConcurrentRequests() throws Exception {
        Database.execute("insert into webhook_subscription (id, organization_id, client_id, callback_url, event_kinds,"
                + " secret_sealed, status, created_by_subject) select gen_random_uuid(), '" + LEAGUE + "', 'seeded',"
                + " 'https://hooks.example.org/' || n, array['ACTIVITY_PUBLISHED'], 'plain:whsec_x', 'ACTIVE', 'test'"
                + " from generate_series(1, 19) n");
        String token = app(LEAGUE, "league-app");
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String url = "https://hooks.example.org/concurrent-" + i;
                answers.add(callers.submit(() -> run(token, "webhook/subscribeWebhook", "input",
                        Map.of("callbackUrl", url, "eventKinds", List.of("ACTIVITY_PUBLISHED"))).extract()
                        .path("errors[0].extensions.problems[0].code")));
            }
            List<String> codes = new ArrayList<>();
            for (Future<String> answer : answers) {
                codes.add(answer.get());
            }
            assertEquals(1, codes.stream().filter(java.util.Objects::isNull).count(), "one fits: " + codes);
            assertEquals(3, codes.stream().filter("SUBSCRIPTION_LIMIT_REACHED"::equals).count(), codes.toString());
            assertEquals(20, Database.count("webhook_subscription where organization_id = '" + LEAGUE
                    + "' and status <> 'DELETED'"));
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void shouldLogAnAttemptToAReceiverThatIsNotListeningAndTryAgain() throws Exception {
        String url;
        try (WebhookReceiver closed = WebhookReceiver.answering(200)) {
            url = closed.url();
        }
        String token = Tokens.partnerApp();
        Subscribed subscription = subscribe(token, url, "REFERRAL_RECEIVED");
        enqueueReferral(NGO);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> attempts = Awaitility.await("tried again").atMost(WAIT)
                .until(() -> (List<Map<String, Object>>) deliveries(token, subscription.id()).get(0).get("attempts"),
                        now -> now.size() >= 2);
        assertEquals("ConnectException", attempts.get(0).get("errorClass"));
        assertEquals(null, attempts.get(0).get("statusCode"));
        assertEquals(false, attempts.get(0).get("succeeded"));
    }
}
