package org.tonghu.webhook;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The subscriptions' signing secrets: made at random, and sealed for storage. An HMAC needs the secret itself, so it
 * is kept recoverably: encrypted with AES-GCM when {@code tonghu.webhook.secret-key} is set ({@code aes-gcm:} and the
 * base64 of nonce and ciphertext), as it is otherwise ({@code plain:}). A key set later still opens the plain ones,
 * and seals each anew at its next rotation.
 */
@ApplicationScoped
class WebhookSecrets {

    static final String PREFIX = "whsec_";
    private static final String ENCRYPTED = "aes-gcm:";
    private static final String PLAIN = "plain:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] CONTEXT = "tonghu-webhook-secret".getBytes(StandardCharsets.UTF_8);

    private final SecureRandom random = new SecureRandom();
    private final Optional<SecretKey> key;

    WebhookSecrets(WebhookConfig config) {
        this.key = config.secretKey().map(String::strip).filter(s -> !s.isEmpty()).map(WebhookSecrets::aesKey);
    }

    private static SecretKey aesKey(String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64);
        if (bytes.length != 16 && bytes.length != 24 && bytes.length != 32) {
            throw new IllegalArgumentException("tonghu.webhook.secret-key must be 16, 24 or 32 bytes in base64");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    /** A new secret: 32 random bytes, base64url, after {@value #PREFIX}. */
    String newSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The secret as stored. */
    String seal(String secret) {
        if (key.isEmpty()) {
            return PLAIN + secret;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key.get(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(CONTEXT);
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return ENCRYPTED + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal a webhook secret", e);
        }
    }

    /** The secret a stored value holds. */
    String open(String sealed) {
        if (sealed.startsWith(PLAIN)) {
            return sealed.substring(PLAIN.length());
        }
        if (!sealed.startsWith(ENCRYPTED) || key.isEmpty()) {
            throw new IllegalStateException("A webhook secret is sealed with a key that is not configured");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed.substring(ENCRYPTED.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key.get(), new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(CONTEXT);
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot open a webhook secret", e);
        }
    }
}
