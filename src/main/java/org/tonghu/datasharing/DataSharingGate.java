package org.tonghu.datasharing;

import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.tonghu.graphql.GraphQLHttpGuard;
import org.tonghu.security.AppBinding;
import org.tonghu.security.CurrentUser;
import org.tonghu.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Binds every GraphQL request of a third-party app to its data-sharing agreement, before the graph runs: after
 * authentication, after {@link GraphQLHttpGuard}'s checks (which name the request's root fields) and after the
 * admission gate (so the look-up runs within the running requests' bound). The decision is
 * {@link DataSharingService#admitCall}'s, on a worker thread; a refusal is answered here, 403 or 429 with
 * {@code Retry-After}, with a coded error; an admitted request carries its {@link AppBinding} in its routing context,
 * for this request only (nothing is cached across requests, so a revocation holds from the next request on).
 */
@Singleton
public class DataSharingGate {

    private static final Logger LOG = Logger.getLogger(DataSharingGate.class);

    private final String path;
    private final DataSharingService agreements;

    DataSharingGate(@ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "/graphql") String path,
            DataSharingService agreements) {
        this.path = path;
        this.agreements = agreements;
    }

    void register(@Observes Filters filters) {
        filters.register(this::bind, SecurityHandlerPriorities.AUTHORIZATION - 40);
    }

    void bind(RoutingContext routing) {
        if (routing.request().method() != HttpMethod.POST || !path.equals(routing.normalizedPath())
                || routing.response().ended() || !(routing.user() instanceof QuarkusHttpUser user)) {
            routing.next();
            return;
        }
        SecurityIdentity identity = user.getSecurityIdentity();
        CurrentUser actor = CurrentUser.of(identity);
        if (identity.isAnonymous() || !identity.hasRole(Roles.THIRD_PARTY_APP) || actor.isRegionalStaff()) {
            routing.next();
            return;
        }
        Set<String> rootFields = GraphQLHttpGuard.rootFields(routing).orElse(Set.of());
        String sourceAddress = routing.request().remoteAddress() == null ? null
                : routing.request().remoteAddress().hostAddress();
        routing.vertx().<CallDecision> executeBlocking(() -> agreements.admitCall(actor, rootFields, sourceAddress),
                false).onComplete(result -> {
                    if (routing.response().closed() || routing.response().ended()) {
                        return;
                    }
                    if (result.failed()) {
                        LOG.warnf("The data-sharing gate could not decide (%s): answered SERVICE_UNAVAILABLE",
                                result.cause().getClass().getName());
                        refuse(routing, 503, "SERVICE_UNAVAILABLE",
                                "The service is briefly unavailable; try again shortly.", 5);
                        return;
                    }
                    CallDecision decision = result.result();
                    if (decision.binding().isPresent()) {
                        routing.put(AppBinding.KEY, decision.binding().get());
                        routing.next();
                    } else {
                        refuse(routing, decision.status(), decision.code(), decision.message(),
                                decision.retryAfterSeconds());
                    }
                });
    }

    private static void refuse(RoutingContext routing, int status, String code, String message, long retryAfter) {
        String accept = routing.request().getHeader(HttpHeaders.ACCEPT);
        String type = accept != null && accept.toLowerCase(Locale.ROOT).contains("application/graphql-response+json")
                ? "application/graphql-response+json; charset=utf-8" : "application/json; charset=utf-8";
        JsonObject error = new JsonObject().put("message", message)
                .put("extensions", new JsonObject().put("code", code));
        routing.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, type);
        if (retryAfter > 0) {
            routing.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        }
        routing.response().end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }
}
