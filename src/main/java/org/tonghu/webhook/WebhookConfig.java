package org.tonghu.webhook;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How webhooks are sent ({@code tonghu.webhook.*}). */
@ConfigMapping(prefix = "tonghu.webhook")
public interface WebhookConfig {

    /** How often the worker sends the due deliveries ({@code 5s}, or {@code off}); read by its schedule. */
    @WithDefault("5s")
    String deliverEvery();

    /** The wait before the second attempt; each further wait doubles (ISO-8601 duration). */
    @WithDefault("PT1M")
    Duration firstRetryAfter();

    /** The longest wait between two attempts (ISO-8601 duration). */
    @WithDefault("PT24H")
    Duration maxRetryAfter();

    /** Attempts per queueing (the event, or a replay) before a delivery is DEAD. */
    @WithDefault("16")
    int maxAttempts();

    /** How long a receiver has to answer one attempt (ISO-8601 duration). */
    @WithDefault("PT10S")
    Duration requestTimeout();

    /** How long a worker holds the deliveries it claimed before another may take them (longer than a request). */
    @WithDefault("PT2M")
    Duration claimLease();

    /** The most deliveries one run of the worker claims. */
    @WithDefault("50")
    int batchSize();

    /**
     * Whether callback URLs may name loopback addresses, over http too: local mode and tests only. Otherwise only
     * https to public addresses is accepted.
     */
    @WithDefault("false")
    boolean allowLoopback();

    /** The most live subscriptions of one organization. */
    @WithDefault("20")
    int maxSubscriptionsPerOrganization();

    /**
     * A base64 AES key (16, 24 or 32 bytes) to encrypt the signing secrets at rest with (AES-GCM); without one they
     * are stored as they are (see the README's "Webhooks").
     */
    Optional<String> secretKey();
}
