package org.tonghu.testing;

import java.util.List;

import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;
import org.tonghu.local.DemoIssuer;
import org.tonghu.local.DemoUser;
import org.tonghu.security.Roles;

/** Bearer tokens for the tests: the demo users', signed by the running demo issuer, and forged ones. */
public final class Tokens {

    private Tokens() {
    }

    public static String of(String username) {
        DemoUser user = DemoUser.find(username)
                .orElseThrow(() -> new IllegalArgumentException("No demo user " + username));
        return LocalModeTestResource.issuer().accessToken(user, DemoIssuer.CLI_CLIENT_ID);
    }

    /** A token of a user made up for a test (a role in another region than the demo users'). */
    public static String of(DemoUser user) {
        return LocalModeTestResource.issuer().accessToken(user, DemoIssuer.CLI_CLIENT_ID);
    }

    /**
     * A well-formed token for the given issuer and audience, with a strong role, but signed by a key the issuer never
     * had: the service must refuse it.
     */
    public static String signedByAnotherKey(String issuer, String audience) {
        try {
            RsaJsonWebKey otherKey = RsaJwkGenerator.generateJwk(2048);
            JwtClaims claims = new JwtClaims();
            claims.setIssuer(issuer);
            claims.setAudience(audience);
            claims.setSubject("intruder");
            claims.setExpirationTimeMinutesInTheFuture(5);
            claims.setIssuedAtToNow();
            claims.setClaim("roles", List.of(Roles.PROVINCE_OFFICER));
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claims.toJson());
            jws.setKey(otherKey.getPrivateKey());
            jws.setKeyIdHeaderValue("not-the-issuers");
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String partnerApp() {
        return LocalModeTestResource.issuer().accessToken(DemoUser.PARTNER_APP, DemoIssuer.PARTNER_APP_CLIENT_ID);
    }
}
