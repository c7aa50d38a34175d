package org.tonghu.testing;

import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;

/** Calls a service directly, inside a test, as a demo user: in a request of its own, with the user's token claims. */
public final class SignedIn {

    private SignedIn() {
    }

    /** Runs a call in a request of its own, signed in as a demo user with the claims of the user's token. */
    public static <T> T as(String username, Supplier<T> call) {
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            return thread.submit(() -> {
                ManagedContext request = Arc.container().requestContext();
                request.activate();
                try {
                    JwtClaims claims = claimsOf(Tokens.of(username));
                    Set<String> roles = Set.copyOf(claims.getStringListClaimValue("roles"));
                    Arc.container().instance(CurrentIdentityAssociation.class).get().setIdentity(
                            QuarkusSecurityIdentity.builder().setPrincipal(new DefaultJWTCallerPrincipal(claims))
                                    .addRoles(roles).build());
                    return call.get();
                } finally {
                    request.terminate();
                }
            }).get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            thread.shutdown();
        }
    }

    private static JwtClaims claimsOf(String token) throws InvalidJwtException {
        return new JwtConsumerBuilder().setSkipSignatureVerification().setSkipAllValidators()
                .setDisableRequireSignature().build().processToClaims(token);
    }
}
