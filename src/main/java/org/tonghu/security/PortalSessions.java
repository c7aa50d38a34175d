package org.tonghu.security;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import io.quarkus.oidc.AuthorizationCodeTokens;
import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TokenStateManager;
import io.quarkus.security.AuthenticationFailedException;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Keeps portal sessions on the server, so that signing out ends a session everywhere: the session cookie holds only
 * a random id, and the sign-in tokens (which Quarkus OIDC encrypts with the session secret before handing them to a
 * custom manager) live in {@link PortalSessionStore}'s table, shared by every instance. Quarkus asks this bean for the
 * tokens on every portal request: an ended, idle or too old session has none, so the request starts a new sign-in,
 * and a copied cookie replayed after signing out opens nothing. Quarkus calls {@link #deleteTokens} on sign-out
 * ({@code /portal/logout}) and whenever it drops a session cookie (a new sign-in, a refresh, an expired token).
 *
 * <p>A JDBC store rather than the {@code quarkus-oidc-db-token-state-manager} extension: that extension needs a
 * reactive SQL client (a second connection pool and its configuration, also in local mode) and knows neither an idle
 * timeout nor a maximum age. The store's calls run on a worker thread through the request context Quarkus passes.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class PortalSessions implements TokenStateManager {

    /** The session found for the current request, kept so that a session replacing it keeps its age. */
    private static final String CURRENT_SESSION = PortalSessions.class.getName() + ".current";

    private final PortalSessionStore store;

    PortalSessions(PortalSessionStore store) {
        this.store = store;
    }

    @Override
    public Uni<String> createTokenState(RoutingContext routingContext, OidcTenantConfig oidcConfig,
            AuthorizationCodeTokens tokens, OidcRequestContext<String> requestContext) {
        Optional<PortalSessionStore.ActiveSession> replaced = Optional.ofNullable(routingContext.get(CURRENT_SESSION));
        return requestContext.runBlocking(() -> store.createSession(tokens, replaced));
    }

    @Override
    public Uni<AuthorizationCodeTokens> getTokens(RoutingContext routingContext, OidcTenantConfig oidcConfig,
            String sessionId, OidcRequestContext<AuthorizationCodeTokens> requestContext) {
        return requestContext.runBlocking(() -> {
            PortalSessionStore.ActiveSession session = store.findActiveSession(sessionId)
                    .orElseThrow(() -> new AuthenticationFailedException("The portal session has ended"));
            routingContext.put(CURRENT_SESSION, session);
            return session.tokens();
        });
    }

    @Override
    public Uni<Void> deleteTokens(RoutingContext routingContext, OidcTenantConfig oidcConfig, String sessionId,
            OidcRequestContext<Void> requestContext) {
        boolean signOut = oidcConfig.logout().path().map(routingContext.request().path()::equals).orElse(false);
        PortalSessionStore.EndReason reason = signOut ? PortalSessionStore.EndReason.SIGN_OUT
                : PortalSessionStore.EndReason.REPLACED;
        return requestContext.runBlocking(() -> {
            store.endSession(sessionId, reason);
            return null;
        });
    }
}
