package org.tonghu.graphql;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * The HTTP side of the graph's errors, around SmallRye's handler of {@code POST /graphql} (after authentication):
 * a body that is not a GraphQL request (not a JSON object, {@code query} not a string, {@code variables} or
 * {@code extensions} not an object, {@code operationName} not a string, JSON nested too deep, a NUL character in
 * the query or operation name), a document that does not parse, and an {@code operationName} that names no operation of
 * the document are answered 400 with a coded error before SmallRye reads the body. For requests that run, the status
 * that {@link ClientErrors} chose (400 when the request failed as a whole, 503 with {@code Retry-After} when the
 * database did) replaces SmallRye's 200, following the GraphQL-over-HTTP specification.
 */
@Singleton
public class GraphQLHttpGuard {

    static final String BAD_REQUEST = "BAD_REQUEST";
    /** Seconds a client should wait before retrying a request that found the database unavailable. */
    static final String RETRY_AFTER_SECONDS = "5";
    /** Deeper JSON than any input type of the schema needs. */
    static final int MAX_JSON_DEPTH = 32;

    private static final Logger LOG = Logger.getLogger(GraphQLHttpGuard.class);
    private static final String RUNNING = GraphQLHttpGuard.class.getName() + ".running";
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_JSON_DEPTH + 1).build()).build();

    private final String path;
    private final long maxBodySize;
    private final ParserOptions parserOptions;

    GraphQLHttpGuard(
            @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "/graphql") String path,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBodySize,
            @ConfigProperty(name = "quarkus.smallrye-graphql.parser-max-tokens", defaultValue = "15000") int maxTokens,
            @ConfigProperty(name = "quarkus.smallrye-graphql.parser-max-whitespace-tokens",
                    defaultValue = "200000") int maxWhitespaceTokens) {
        this.path = path;
        this.maxBodySize = maxBodySize.asLongValue();
        this.parserOptions = ParserOptions.getDefaultParserOptions().transform(
                options -> options.maxTokens(maxTokens).maxWhitespaceTokens(maxWhitespaceTokens)
                        .captureSourceLocation(true));
    }

    void register(@Observes Filters filters) {
        BodyHandler body = BodyHandler.create(false).setBodyLimit(maxBodySize);
        // Reads the body once (SmallRye's own body handler then finds it read), after authentication and authorization.
        filters.register(context -> {
            if (isGraphQLPost(context)) {
                if (!context.request().isEnded()) {
                    context.request().resume();
                }
                body.handle(context);
            } else {
                context.next();
            }
        }, SecurityHandlerPriorities.AUTHORIZATION - 10);
        filters.register(this::check, SecurityHandlerPriorities.AUTHORIZATION - 20);
    }

    /**
     * Sets the HTTP status of the current GraphQL request's answer (0 leaves SmallRye's). Called from the engine, on
     * whichever thread finishes the request: the status travels in the request's Vert.x context.
     */
    static void answerWith(int status) {
        current().ifPresent(request -> request.status().set(status));
    }

    /** Whether the client of the current GraphQL request has closed its connection (it will not read an answer). */
    static boolean clientGone() {
        return current().map(request -> request.routing().response().closed()).orElse(false);
    }

    private static Optional<Running> current() {
        return VertxContext.isOnDuplicatedContext() ? ContextLocals.<Running> get(RUNNING) : Optional.empty();
    }

    /** A GraphQL request that passed the checks: the status chosen for its answer, and its HTTP exchange. */
    private record Running(AtomicInteger status, RoutingContext routing) {
    }

    private boolean isGraphQLPost(RoutingContext context) {
        return context.request().method() == HttpMethod.POST && path.equals(context.normalizedPath());
    }

    private void check(RoutingContext context) {
        if (!isGraphQLPost(context) || context.response().ended()) {
            context.next();
            return;
        }
        String contentType = String.valueOf(context.request().getHeader(HttpHeaders.CONTENT_TYPE));
        Buffer body = context.body() == null ? null : context.body().buffer();
        String query;
        String operationName = null;
        try {
            if (contentType.startsWith("application/graphql")) {
                query = body == null ? "" : body.toString();
            } else {
                Request request = readRequest(body);
                query = request.query();
                operationName = request.operationName();
            }
            if (query.contains(StrictScalars.NUL)) {
                throw new Refusal(BAD_REQUEST, "The request may not contain a NUL character (U+0000).");
            }
            checkDocument(query, operationName);
        } catch (Refusal refusal) {
            refuse(context, refusal.code, refusal.getMessage());
            return;
        }
        AtomicInteger status = new AtomicInteger();
        if (VertxContext.isOnDuplicatedContext()) {
            ContextLocals.put(RUNNING, new Running(status, context));
        }
        context.addHeadersEndHandler(ignored -> {
            int chosen = status.get();
            if (chosen != 0 && context.response().getStatusCode() == 200) {
                context.response().setStatusCode(chosen)
                        .setStatusMessage(chosen == 503 ? "Service Unavailable" : "Bad Request");
                if (chosen == 503) {
                    context.response().putHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
                }
            }
        });
        context.next();
    }

    private record Request(String query, String operationName) {
    }

    /** The request's members, checked for type and depth; the values of variables are not kept. */
    private static Request readRequest(Buffer body) throws Refusal {
        if (body == null || body.length() == 0) {
            throw new Refusal(BAD_REQUEST, "The request has no body; send a JSON object with a query.");
        }
        String query = null;
        String operationName = null;
        try (JsonParser parser = JSON.createParser(body.getBytes())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new Refusal(BAD_REQUEST, "The request body must be a JSON object.");
            }
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "query" -> {
                        if (value != JsonToken.VALUE_STRING) {
                            throw new Refusal(BAD_REQUEST, "query must be a string.");
                        }
                        query = parser.getText();
                    }
                    case "operationName" -> {
                        if (value != JsonToken.VALUE_STRING && value != JsonToken.VALUE_NULL) {
                            throw new Refusal(BAD_REQUEST, "operationName must be a string or null.");
                        }
                        operationName = value == JsonToken.VALUE_NULL ? null : parser.getText();
                        if (operationName != null && operationName.contains(StrictScalars.NUL)) {
                            throw new Refusal(BAD_REQUEST, "The request may not contain a NUL character (U+0000).");
                        }
                    }
                    case "variables", "extensions" -> {
                        if (value != JsonToken.START_OBJECT && value != JsonToken.VALUE_NULL) {
                            throw new Refusal(BAD_REQUEST, name + " must be a JSON object or null.");
                        }
                        parser.skipChildren(); // nesting deeper than MAX_JSON_DEPTH fails here
                    }
                    default -> parser.skipChildren();
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                throw new Refusal(BAD_REQUEST, "The request body must be one JSON object.");
            }
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            throw new Refusal(BAD_REQUEST, "The request is nested too deeply (at most " + MAX_JSON_DEPTH + " levels).");
        } catch (IOException e) {
            throw new Refusal(BAD_REQUEST, "The request body is not valid JSON.");
        }
        if (query == null) {
            throw new Refusal(BAD_REQUEST, "The request has no query.");
        }
        return new Request(query, operationName);
    }

    /** The document parses, and names the operation to run unambiguously. */
    private void checkDocument(String query, String operationName) throws Refusal {
        Document document;
        try {
            document = Parser.parse(ParserEnvironment.newParserEnvironment().document(query)
                    .parserOptions(parserOptions)
                    .build());
        } catch (InvalidSyntaxException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLine() + ", column " + e.getLocation().getColumn() + ")";
            throw new Refusal(ClientErrors.GRAPHQL_PARSE_FAILED, "The document does not parse" + where + ".");
        } catch (RuntimeException e) {
            // graphql-java's ParseCancelledException: too many tokens
            throw new Refusal(ClientErrors.GRAPHQL_PARSE_FAILED, "The document is too large to parse.");
        }
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        if (operations.isEmpty()) {
            throw new Refusal(BAD_REQUEST, "The document holds no operation.");
        }
        if (operationName == null ? operations.size() > 1
                : operations.stream().noneMatch(operation -> operationName.equals(operation.getName()))) {
            throw new Refusal(BAD_REQUEST, operationName == null
                    ? "The document holds several operations: name the one to run in operationName."
                    : "operationName names no operation of the document.");
        }
    }

    private static void refuse(RoutingContext context, String code, String message) {
        LOG.debugf("Refused a GraphQL request: %s", code);
        JsonObject error = new JsonObject().put("message", message)
                .put("extensions", new JsonObject().put("code", code));
        context.response().setStatusCode(400)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json; charset=UTF-8")
                .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }

    /** Why a request is refused before it reaches the engine. */
    private static final class Refusal extends Exception {
        private final String code;

        Refusal(String code, String message) {
            super(message, null, false, false);
            this.code = code;
        }
    }
}
