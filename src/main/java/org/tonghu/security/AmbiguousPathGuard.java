package org.tonghu.security;

import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses, before authentication and every path-based rule, a request path that could be read two ways: a matrix
 * parameter ({@code ;}), an encoded separator or dot ({@code %2F %5C %3B %2E}, or an encoded {@code %}), a backslash,
 * an empty segment or a dot segment. No Tonghu address has one, and the path rules ({@code /graphql} for bearer
 * tokens, {@code /portal} for the session, the schema download denied in production) must match the path the
 * routes see: the 3.33 stream has had such bypasses fixed in patches this registry does not serve in full.
 */
@Singleton
public class AmbiguousPathGuard {

    /** Runs before CORS, authentication and authorization. */
    static final int PRIORITY = SecurityHandlerPriorities.CORS + 100;

    private static final Pattern AMBIGUOUS = Pattern.compile(";|\\\\|%(2f|5c|3b|2e|25)|//|/\\.\\.?(/|$)");

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    void check(RoutingContext context) {
        if (isAmbiguous(context.request().uri())) {
            context.response().setStatusCode(400).putHeader("Content-Type", "text/plain; charset=utf-8")
                    .end("Bad request: the path is not a plain one.");
            return;
        }
        context.next();
    }

    /** Whether the path of a request URI (the query string left out) could be read in more than one way. */
    static boolean isAmbiguous(String uri) {
        int query = uri.indexOf('?');
        String path = (query < 0 ? uri : uri.substring(0, query)).toLowerCase(Locale.ROOT);
        return AMBIGUOUS.matcher(path).find();
    }
}
