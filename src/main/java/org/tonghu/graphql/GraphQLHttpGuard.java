package org.tonghu.graphql;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.atomic.AtomicBoolean;
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
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.StringValue;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
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
 * The HTTP side of the graph's errors, around SmallRye's handler of {@code POST /graphql} (after authentication),
 * following the GraphQL-over-HTTP specification:
 * <ul>
 * <li>a body that is not a GraphQL request (not {@code application/json} or {@code application/graphql}, not a JSON
 * object, {@code query} not a string, {@code variables} or {@code extensions} not an object, {@code operationName}
 * not a string, JSON nested too deep, a NUL character in the query or operation name) is answered 4xx with a coded
 * error before SmallRye reads it (415 for a media type it cannot read, 400 otherwise); so are a document that does
 * not parse and an {@code operationName} that names no operation of the document;</li>
 * <li>for requests that run, the status that {@link ClientErrors} chose (400 when the request failed as a whole, 503
 * with {@code Retry-After} when the database did) replaces SmallRye's 200;</li>
 * <li>the answer is {@code application/graphql-response+json} when the client's {@code Accept} names it, and
 * {@code application/json} otherwise. A client that asks for {@code application/json} by name is a client of the
 * older convention: a well-formed request whose document fails (parsing, validation, variables) is answered 200 with
 * the coded errors, as that convention and the specification's legacy rule ask. Without an {@code Accept} (or with
 * {@code *}{@code /*}) such failures stay 4xx.</li>
 * </ul>
 */
@Singleton
public class GraphQLHttpGuard {

    static final String BAD_REQUEST = "BAD_REQUEST";
    static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    /** Seconds a client should wait before retrying a request that found the database unavailable. */
    static final String RETRY_AFTER_SECONDS = "5";
    /** Deeper JSON than any input type of the schema needs. */
    static final int MAX_JSON_DEPTH = 32;

    private static final Logger LOG = Logger.getLogger(GraphQLHttpGuard.class);
    private static final String RUNNING = GraphQLHttpGuard.class.getName() + ".running";
    private static final String ROOT_FIELDS = GraphQLHttpGuard.class.getName() + ".rootFields";
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

    /** The HTTP exchange of the GraphQL request this thread works for, if it passed the checks. */
    static Optional<RoutingContext> currentExchange() {
        return current().map(Running::routing);
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
        Answer answer = Answer.of(context.request().getHeader(HttpHeaders.ACCEPT));
        String mediaType = mediaType(context.request().getHeader(HttpHeaders.CONTENT_TYPE));
        Buffer body = context.body() == null ? null : context.body().buffer();
        String query;
        String operationName = null;
        try {
            if ("application/graphql".equals(mediaType)) {
                query = body == null ? "" : body.toString();
            } else if ("application/json".equals(mediaType)) {
                Request request = readRequest(body);
                query = request.query();
                operationName = request.operationName();
            } else {
                throw new Refusal(415, UNSUPPORTED_MEDIA_TYPE,
                        "Send the request as application/json (a JSON object with a query).");
            }
            if (query.contains(StrictScalars.NUL)) {
                throw new Refusal(BAD_REQUEST, "The request may not contain a NUL character (U+0000).");
            }
            context.put(ROOT_FIELDS, checkDocument(query, operationName));
        } catch (Refusal refusal) {
            refuse(context, answer, refusal);
            return;
        }
        AtomicInteger status = new AtomicInteger();
        if (VertxContext.isOnDuplicatedContext()) {
            ContextLocals.put(RUNNING, new Running(status, context));
        }
        context.addHeadersEndHandler(ignored -> {
            context.response().putHeader(HttpHeaders.CONTENT_TYPE, answer.contentType());
            int chosen = status.get();
            if (chosen == 503 && context.response().getStatusCode() == 200) {
                context.response().setStatusCode(503).setStatusMessage("Service Unavailable")
                        .putHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            } else if (chosen == 400 && !answer.legacy() && context.response().getStatusCode() == 200) {
                context.response().setStatusCode(400).setStatusMessage("Bad Request");
            }
        });
        context.next();
    }

    /**
     * The media type of a Content-Type header, lower case and without parameters; "" when there is none. A header
     * repeated with the same type (fetch joins "Content-Type" and "content-type" set by two layers of a client, as
     * GraphiQL's does, into "application/json, application/json") counts once; different types are not one type.
     */
    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        Set<String> types = new HashSet<>();
        for (String part : contentType.split(",")) {
            int parameters = part.indexOf(';');
            types.add((parameters < 0 ? part : part.substring(0, parameters)).trim().toLowerCase(Locale.ROOT));
        }
        return types.size() == 1 ? types.iterator().next() : "";
    }

    /**
     * How the answer is written: its media type, and whether the client asked by name for the older
     * {@code application/json} convention (request errors of a well-formed request are then answered 200).
     */
    private record Answer(String contentType, boolean legacy) {

        static Answer of(String accept) {
            String accepted = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
            if (accepted.contains(GRAPHQL_RESPONSE)) {
                return new Answer(GRAPHQL_RESPONSE + "; charset=utf-8", false);
            }
            return new Answer("application/json; charset=utf-8", accepted.contains("application/json"));
        }
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
                        refuseNul(parser); // nesting deeper than MAX_JSON_DEPTH fails here
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

    /**
     * Reads a JSON value to its end, refusing a NUL character in any of its texts or names. (Strings of the document
     * are checked with the document; the {@code String} scalar itself stays graphql-java's, which introspection's
     * {@code __type(name: String!)} needs to accept a variable.)
     */
    private static void refuseNul(JsonParser parser) throws IOException, Refusal {
        int depth = 0;
        JsonToken token = parser.currentToken();
        do {
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                depth++;
            } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                depth--;
            } else if ((token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME)
                    && parser.getText().contains(StrictScalars.NUL)) {
                throw new Refusal(ClientErrors.BAD_USER_INPUT,
                        "The request may not contain a NUL character (U+0000).");
            }
            token = depth > 0 ? parser.nextToken() : null;
        } while (token != null);
    }

    /** Whether a string of the document holds a NUL character written as an escape ({@code "\\u0000"}). */
    private static boolean holdsNul(Document document) {
        AtomicBoolean found = new AtomicBoolean();
        new NodeTraverser().depthFirst(new NodeVisitorStub() {
            @Override
            public TraversalControl visitStringValue(StringValue value, TraverserContext<Node> context) {
                if (value.getValue() != null && value.getValue().contains(StrictScalars.NUL)) {
                    found.set(true);
                    return TraversalControl.QUIT;
                }
                return TraversalControl.CONTINUE;
            }
        }, document);
        return found.get();
    }

    /**
     * The root fields (of {@code Query} or {@code Mutation}) that a GraphQL request which passed the guard's checks
     * selects in the operation it runs, through fragments too; empty for any other request. The data-sharing gate
     * holds a third-party app to the operations of its agreement with them.
     */
    public static Optional<Set<String>> rootFields(RoutingContext context) {
        return context.get(ROOT_FIELDS) instanceof Set<?> names
                ? Optional.of(names.stream().map(String::valueOf).collect(Collectors.toSet()))
                : Optional.empty();
    }

    /** The names of the root fields an operation selects, through its fragments (each fragment read once). */
    private static Set<String> rootFieldsOf(OperationDefinition operation, Document document) {
        Set<String> names = new HashSet<>();
        collectRootFields(operation.getSelectionSet(), document, names, new HashSet<>());
        return names;
    }

    private static void collectRootFields(SelectionSet selections, Document document, Set<String> names,
            Set<String> fragmentsRead) {
        if (selections == null) {
            return;
        }
        for (Selection<?> selection : selections.getSelections()) {
            if (selection instanceof Field field) {
                names.add(field.getName());
            } else if (selection instanceof InlineFragment inline) {
                collectRootFields(inline.getSelectionSet(), document, names, fragmentsRead);
            } else if (selection instanceof FragmentSpread spread && fragmentsRead.add(spread.getName())) {
                document.getDefinitionsOfType(FragmentDefinition.class).stream()
                        .filter(fragment -> fragment.getName().equals(spread.getName())).findFirst()
                        .ifPresent(fragment -> collectRootFields(fragment.getSelectionSet(), document, names,
                                fragmentsRead));
            }
        }
    }

    /**
     * The document parses, and names the operation to run unambiguously; answers the root fields that operation
     * selects.
     */
    private Set<String> checkDocument(String query, String operationName) throws Refusal {
        Document document;
        try {
            document = Parser.parse(ParserEnvironment.newParserEnvironment().document(query)
                    .parserOptions(parserOptions)
                    .build());
        } catch (InvalidSyntaxException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLine() + ", column " + e.getLocation().getColumn() + ")";
            throw Refusal.ofDocument(ClientErrors.GRAPHQL_PARSE_FAILED, "The document does not parse" + where + ".");
        } catch (RuntimeException e) {
            // graphql-java's ParseCancelledException: too many tokens
            throw Refusal.ofDocument(ClientErrors.GRAPHQL_PARSE_FAILED, "The document is too large to parse.");
        }
        if (holdsNul(document)) {
            throw new Refusal(ClientErrors.BAD_USER_INPUT, "The request may not contain a NUL character (U+0000).");
        }
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        if (operations.isEmpty()) {
            throw Refusal.ofDocument(BAD_REQUEST, "The document holds no operation.");
        }
        if (operationName == null ? operations.size() > 1
                : operations.stream().noneMatch(operation -> operationName.equals(operation.getName()))) {
            throw Refusal.ofDocument(BAD_REQUEST, operationName == null
                    ? "The document holds several operations: name the one to run in operationName."
                    : "operationName names no operation of the document.");
        }
        OperationDefinition chosen = operationName == null ? operations.get(0) : operations.stream()
                .filter(operation -> operationName.equals(operation.getName())).findFirst().orElseThrow();
        return rootFieldsOf(chosen, document);
    }

    private static void refuse(RoutingContext context, Answer answer, Refusal refusal) {
        LOG.debugf("Refused a GraphQL request: %s", refusal.code);
        JsonObject error = new JsonObject().put("message", refusal.getMessage())
                .put("extensions", new JsonObject().put("code", refusal.code));
        context.response().setStatusCode(answer.legacy() && refusal.ofDocument ? 200 : refusal.status)
                .putHeader(HttpHeaders.CONTENT_TYPE, answer.contentType())
                .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }

    /**
     * Why a request is refused before it reaches the engine: its status, code and message, and whether the request
     * itself was well formed and only its GraphQL document failed.
     */
    private static final class Refusal extends Exception {
        private final int status;
        private final String code;
        private final boolean ofDocument;

        Refusal(int status, String code, String message, boolean ofDocument) {
            super(message, null, false, false);
            this.status = status;
            this.code = code;
            this.ofDocument = ofDocument;
        }

        Refusal(int status, String code, String message) {
            this(status, code, message, false);
        }

        Refusal(String code, String message) {
            this(400, code, message, false);
        }

        static Refusal ofDocument(String code, String message) {
            return new Refusal(400, code, message, true);
        }
    }
}
