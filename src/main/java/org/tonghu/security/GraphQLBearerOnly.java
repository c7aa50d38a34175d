package org.tonghu.security;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.oidc.runtime.OidcUtils;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;

/**
 * Makes {@code /graphql} accept bearer tokens only. Quarkus OIDC would otherwise let a portal session cookie choose
 * the portal's web-app tenant for any path, so a forged cross-site request could act with the browser's session.
 * Before authentication runs, this pins {@code /graphql} requests to the default, bearer-only tenant.
 * (The portal's cookie is also scoped to {@code /portal}, so browsers do not send it here at all.)
 */
@Singleton
public class GraphQLBearerOnly {

    private static final String GRAPHQL_PATH = "/graphql";

    void register(@Observes Filters filters) {
        filters.register(context -> {
            String path = context.normalizedPath();
            if (path.equals(GRAPHQL_PATH) || path.startsWith(GRAPHQL_PATH + "/")) {
                context.put(OidcUtils.TENANT_ID_ATTRIBUTE, OidcUtils.DEFAULT_TENANT_ID);
            }
            context.next();
        }, SecurityHandlerPriorities.AUTHENTICATION + 100);
    }
}
