package org.tonghu.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.tonghu.persistence.SqlFailures;
import org.tonghu.time.ChinaTime;

import io.quarkus.scheduler.Scheduled;

/**
 * The webhook worker: every {@code tonghu.webhook.deliver-every} it claims the due deliveries ({@code for update skip
 * locked}, so several instances share the work without sending one twice), POSTs each, signed, to its callback, and
 * records the attempt: delivered on a 2xx answer, otherwise due again after the backoff, or DEAD at the cap. A
 * delivery whose worker dies comes back when its lease ends; receivers drop the rare repeat by the event id. Logs
 * each attempt with its status, duration and kind of failure, never a body.
 */
@ApplicationScoped
class WebhookDispatcher {

    static final String JOB = "webhook-deliveries";
    static final String USER_AGENT = "Tonghu-Webhooks/1";
    static final String TARGET_NOT_ALLOWED = "TARGET_NOT_ALLOWED";
    static final String NOT_IN_AGREEMENT = "NOT_IN_AGREEMENT";
    private static final long BODY_GRACE_MILLIS = 5000;

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    private final WebhookService service;
    private final WebhookTargets targets;
    private final WebhookEventPermission permission;
    private final WebhookConfig config;
    private final HttpClient client;

    WebhookDispatcher(WebhookService service, WebhookTargets targets, WebhookEventPermission permission,
            WebhookConfig config) {
        this.service = service;
        this.targets = targets;
        this.permission = permission;
        this.config = config;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(config.requestTimeout()).build();
    }

    @Scheduled(identity = JOB, every = "${tonghu.webhook.deliver-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            // never the message: it could quote a row; the next run tries again
            LOG.warnf("Sending webhooks failed this time: %s", SqlFailures.describe(e));
        }
    }

    /** Claims the due deliveries and sends them, in parallel; answers how many were attempted. */
    int deliverDue() {
        List<WebhookStore.Claimed> claimed = service.claimDue();
        List<CompletableFuture<Void>> sends = new ArrayList<>();
        for (WebhookStore.Claimed delivery : claimed) {
            sends.add(send(delivery));
        }
        sends.forEach(CompletableFuture::join);
        return claimed.size();
    }

    private CompletableFuture<Void> send(WebhookStore.Claimed delivery) {
        OffsetDateTime attemptedAt = ChinaTime.now();
        long started = System.nanoTime();
        URI uri = URI.create(delivery.callbackUrl());
        if (!targets.mayDeliverTo(uri)) {
            record(delivery, attemptedAt, started, null, TARGET_NOT_ALLOWED);
            return CompletableFuture.completedFuture(null);
        }
        if (!permission.stillAllows(delivery.clientId(), delivery.eventKind())) {
            // an agreement expired or revoked (or no longer listing the kind) stops the app's events at once
            record(delivery, attemptedAt, started, null, NOT_IN_AGREEMENT);
            return CompletableFuture.completedFuture(null);
        }
        long timestamp = attemptedAt.toEpochSecond();
        String signature;
        try {
            signature = WebhookSignature.sign(service.openSecret(delivery), timestamp, delivery.payload());
        } catch (IllegalStateException e) {
            record(delivery, attemptedAt, started, null, "SecretUnavailable");
            return CompletableFuture.completedFuture(null);
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(config.requestTimeout())
                .header("Content-Type", "application/json; charset=utf-8").header("User-Agent", USER_AGENT)
                .header(WebhookSignature.EVENT_ID_HEADER, delivery.eventId().toString())
                .header(WebhookSignature.EVENT_KIND_HEADER, delivery.eventKind())
                .header(WebhookSignature.DELIVERY_ID_HEADER, delivery.deliveryId().toString())
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.HEADER, signature)
                .POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8)).build();
        // the request timeout ends the wait for the answer's head; this one also bounds a body that trickles in
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .orTimeout(config.requestTimeout().toMillis() + BODY_GRACE_MILLIS, TimeUnit.MILLISECONDS)
                .handle((response, failure) -> {
                    if (failure != null) {
                        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                                ? failure.getCause() : failure;
                        record(delivery, attemptedAt, started, null, cause.getClass().getSimpleName());
                    } else {
                        int status = response.statusCode();
                        record(delivery, attemptedAt, started, status, status / 100 == 2 ? null : "HTTP_" + status);
                    }
                    return null;
                });
    }

    private void record(WebhookStore.Claimed delivery, OffsetDateTime attemptedAt, long started, Integer status,
            String errorClass) {
        int millis = (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - started) / 1_000_000);
        boolean succeeded = errorClass == null;
        LOG.infof("Webhook delivery %s (event %s, %s) attempt: status %s in %d ms%s", delivery.deliveryId(),
                delivery.eventId(), delivery.eventKind(), status == null ? "none" : status, millis,
                succeeded ? "" : ", " + errorClass);
        try {
            service.recordAttempt(delivery, attemptedAt, status, millis, errorClass, succeeded);
        } catch (RuntimeException e) {
            // the lease brings the delivery back; a repeat is dropped by the receiver by its event id
            LOG.warnf("Recording webhook attempt of %s failed: %s", delivery.deliveryId(), SqlFailures.describe(e));
        }
    }
}
