package org.tonghu.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.tonghu.graphql.Problem;

/** The rules of webhooks that need no service: callback targets in production, the backoff, secrets, signatures. */
class WebhookRulesTest {

    /** The configuration's defaults, with loopback allowed or not and a secret key or none. */
    static WebhookConfig config(boolean allowLoopback, Optional<String> secretKey) {
        return new WebhookConfig() {
            public String deliverEvery() {
                return "off";
            }

            public Duration firstRetryAfter() {
                return Duration.ofMinutes(1);
            }

            public Duration maxRetryAfter() {
                return Duration.ofHours(24);
            }

            public int maxAttempts() {
                return 16;
            }

            public Duration requestTimeout() {
                return Duration.ofSeconds(10);
            }

            public Duration claimLease() {
                return Duration.ofMinutes(2);
            }

            public int batchSize() {
                return 50;
            }

            public boolean allowLoopback() {
                return allowLoopback;
            }

            public int maxSubscriptionsPerOrganization() {
                return 20;
            }

            public Optional<String> secretKey() {
                return secretKey;
            }
        };
    }

    private static String refusal(WebhookTargets targets, String url) {
        List<Problem> problems = new ArrayList<>();
        targets.checkCallback("url", url, problems);
        return problems.isEmpty() ? null : problems.get(0).code();
    }

    @Test
    void shouldAcceptOnlyHttpsToPublicHostsInProduction() {
        WebhookTargets production = new WebhookTargets(config(false, Optional.empty()));
        Map<String, String> refused = Map.of("http://127.0.0.1:8080/hooks", "CALLBACK_URL_SCHEME",
                "http://hooks.example.org/x", "CALLBACK_URL_SCHEME", "https://127.0.0.1/x", "CALLBACK_URL_PRIVATE",
                "https://localhost/x", "CALLBACK_URL_PRIVATE", "https://192.168.1.10/x", "CALLBACK_URL_PRIVATE",
                "https://100.64.0.1/x", "CALLBACK_URL_PRIVATE", "https://[::1]/x", "CALLBACK_URL_PRIVATE",
                "https://0.0.0.0/x", "CALLBACK_URL_PRIVATE", "https://hooks.example.org/x#part", "CALLBACK_URL_INVALID",
                "/relative", "CALLBACK_URL_INVALID");
        refused.forEach((url, code) -> assertEquals(code, refusal(production, url), url));
        assertEquals(null, refusal(production, "https://hooks.example.org/tonghu"));
        assertEquals(null, refusal(production, "https://203.0.113.7:8443/tonghu"));
        assertFalse(production.mayDeliverTo(URI.create("https://127.0.0.1/x")), "checked again before sending");
        assertFalse(production.mayDeliverTo(URI.create("https://10.0.0.1/x")));
    }

    @Test
    void shouldAllowLoopbackOverHttpOnlyWhereConfigured() {
        WebhookTargets local = new WebhookTargets(config(true, Optional.empty()));
        assertEquals(null, refusal(local, "http://127.0.0.1:8080/hooks"));
        assertEquals(null, refusal(local, "http://localhost:8080/hooks"));
        assertEquals("CALLBACK_URL_SCHEME", refusal(local, "http://hooks.example.org/x"));
        assertEquals("CALLBACK_URL_PRIVATE", refusal(local, "https://192.168.1.10/x"));
        assertTrue(local.mayDeliverTo(URI.create("http://127.0.0.1:8080/hooks")));
    }

    @Test
    void shouldDoubleTheWaitUpToTheCap() {
        Duration first = Duration.ofMinutes(1);
        Duration max = Duration.ofHours(24);
        assertEquals(Duration.ofMinutes(1), WebhookService.backoff(1, first, max));
        assertEquals(Duration.ofMinutes(2), WebhookService.backoff(2, first, max));
        assertEquals(Duration.ofMinutes(4), WebhookService.backoff(3, first, max));
        assertEquals(Duration.ofMinutes(1024), WebhookService.backoff(11, first, max));
        assertEquals(Duration.ofHours(24), WebhookService.backoff(12, first, max));
        assertEquals(Duration.ofHours(24), WebhookService.backoff(1000, first, max));
    }

    @Test
    void shouldSealSecretsWithTheKeyAndOpenThem() {
        WebhookSecrets encrypting = new WebhookSecrets(config(false,
                Optional.of("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=")));
        String secret = encrypting.newSecret();
        assertTrue(secret.startsWith("whsec_") && secret.length() == 6 + 43);
        assertNotEquals(secret, encrypting.newSecret());
        String sealed = encrypting.seal(secret);
        assertTrue(sealed.startsWith("aes-gcm:"));
        assertFalse(sealed.contains(secret.substring(6)));
        assertNotEquals(sealed, encrypting.seal(secret), "a fresh nonce each time");
        assertEquals(secret, encrypting.open(sealed));
        WebhookSecrets plain = new WebhookSecrets(config(false, Optional.empty()));
        assertEquals("plain:" + secret, plain.seal(secret));
        assertEquals(secret, encrypting.open(plain.seal(secret)), "a key set later opens the plain ones");
        assertThrows(IllegalStateException.class, () -> plain.open(sealed), "without the key, no secret");
        String tampered = sealed.substring(0, sealed.length() - 4) + (sealed.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThrows(IllegalStateException.class, () -> encrypting.open(tampered));
    }

    @Test
    void shouldSignTheTimestampAndBodyWithHmacSha256() {
        // computed apart: python3 -c 'import hmac,hashlib; print(hmac.new(b"whsec_test",
        // b"1700000000.{\"a\":1}", hashlib.sha256).hexdigest())'
        String expected = "sha256=38877139021993b830af32feea6e18a8da83eb2f6e49ee50bd9e4cf4ca4d3789";
        assertEquals(expected, WebhookSignature.sign("whsec_test", 1700000000L, "{\"a\":1}"));
        assertTrue(WebhookSignature.verify("whsec_test", 1700000000L, "{\"a\":1}", expected));
        assertFalse(WebhookSignature.verify("whsec_test", 1700000000L, "{\"a\":2}", expected));
        assertFalse(WebhookSignature.verify("whsec_test", 1700000000L, "{\"a\":1}", null));
    }
}
