package org.tonghu.security;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * Drops the {@code Content-Type} of a GET or HEAD request, whose content has no meaning (RFC 9110, 9.3.1), before
 * anything reads it. Without this, a GET declaring {@code multipart/form-data} made the CSRF filter try to read a form
 * that is not there, and the page answered 500 (found when an HTTP client repeated a form's content type on the GET
 * that followed a redirect).
 */
@Singleton
public class BodilessRequestGuard {

    void register(@Observes Filters filters) {
        filters.register(this::check, AmbiguousPathGuard.PRIORITY + 10);
    }

    void check(RoutingContext context) {
        HttpMethod method = context.request().method();
        if (method == HttpMethod.GET || method == HttpMethod.HEAD) {
            context.request().headers().remove(HttpHeaders.CONTENT_TYPE);
        }
        context.next();
    }
}
