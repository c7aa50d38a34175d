package org.tonghu.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a delivery: {@code X-Tonghu-Signature: sha256=<hex>}, the HMAC-SHA256 of
 * {@code "<X-Tonghu-Timestamp>.<body>"} keyed with the subscription's secret (its UTF-8 bytes). Receivers compute the
 * same and compare in constant time, and refuse a timestamp far from their clock (replays of an old request).
 */
public final class WebhookSignature {

    /** The header with the signature. */
    public static final String HEADER = "X-Tonghu-Signature";
    /** The header with the time of signing, in seconds since the epoch. */
    public static final String TIMESTAMP_HEADER = "X-Tonghu-Timestamp";
    /** The header with the event's id: the same in every attempt and subscription. */
    public static final String EVENT_ID_HEADER = "X-Tonghu-Event-Id";
    /** The header with the event's kind. */
    public static final String EVENT_KIND_HEADER = "X-Tonghu-Event-Kind";
    /** The header with the delivery's id. */
    public static final String DELIVERY_ID_HEADER = "X-Tonghu-Delivery-Id";

    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {
    }

    /** The header's value for a body signed at a time (epoch seconds). */
    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a header's value is the signature of the body at the time, compared in constant time. */
    public static boolean verify(String secret, long timestamp, String body, String header) {
        if (header == null) {
            return false;
        }
        return MessageDigest.isEqual(sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII),
                header.getBytes(StandardCharsets.US_ASCII));
    }
}
