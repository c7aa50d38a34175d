package org.tonghu.graphql;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.logging.Logger;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.quarkus.security.AuthenticationFailedException;
import graphql.validation.ValidationError;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * The one place that decides what a client sees of an error: a stable {@code extensions.code} on every error, the
 * message of a {@link DomainException}, and nothing internal (no exception class, stack, SQL or data) otherwise.
 * Messages of documents that do not validate and of variables that do not fit their type never repeat the value.
 * The database being unreachable is {@code SERVICE_UNAVAILABLE} (retry later), not an internal error. It also chooses
 * the HTTP status of the answer ({@link GraphQLHttpGuard}): 400 when the request failed as a whole before execution,
 * 503 when the database failed all of it. (Bodies that are not a GraphQL request at all, and documents that do not
 * parse, are refused before the engine runs, by {@link GraphQLHttpGuard}.) A request whose client hung up before
 * its execution began is not executed ({@link RequestEndAfterExecution}); its answer, which nobody reads, carries
 * {@code CLIENT_GONE}.
 */
final class ClientErrors extends SimplePerformantInstrumentation {

    static final String FORBIDDEN = "FORBIDDEN";
    static final String UNAUTHENTICATED = "UNAUTHENTICATED";
    static final String INTERNAL_ERROR = "INTERNAL_ERROR";
    static final String GRAPHQL_PARSE_FAILED = "GRAPHQL_PARSE_FAILED";
    static final String GRAPHQL_VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED";
    static final String BAD_USER_INPUT = "BAD_USER_INPUT";
    static final String SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE";
    /** For the metrics only: nobody reads the answer to a request whose client has gone. */
    static final String CLIENT_GONE = "CLIENT_GONE";

    /** SQLStates of a database that cannot be reached or is shutting down (class 08, 57P01-57P03, 53300). */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");
    private static final Pattern VARIABLE = Pattern.compile("^Variable '([_A-Za-z][_0-9A-Za-z]*)'");
    private static final Pattern ARGUMENT = Pattern.compile("^argument '([_A-Za-z][_0-9A-Za-z]*)'");
    private static final Pattern FIELD = Pattern.compile("Field '([_A-Za-z][_0-9A-Za-z]*)' has coerced Null");

    private static final Logger LOG = Logger.getLogger(ClientErrors.class);

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> errors = result.getErrors().stream().map(ClientErrors::toClientError).toList();
        var builder = ExecutionResultImpl.newExecutionResult().errors(errors).extensions(result.getExtensions());
        if (result.isDataPresent()) {
            builder.data(result.getData());
        }
        GraphQLHttpGuard.answerWith(httpStatus(result.isDataPresent(), result.getData() != null, errors));
        return CompletableFuture.completedFuture(builder.build());
    }

    /**
     * 503 when the database failed the whole request (no data, every error {@code SERVICE_UNAVAILABLE}), 400 when the
     * request failed as a whole before execution (no data entry at all), and otherwise the engine's 200.
     */
    static int httpStatus(boolean dataPresent, boolean dataNonNull, List<GraphQLError> errors) {
        boolean unavailable = errors.stream().allMatch(e -> SERVICE_UNAVAILABLE.equals(e.getExtensions().get("code")));
        if (!dataNonNull && unavailable) {
            return 503;
        }
        return dataPresent ? 200 : 400;
    }

    static GraphQLError toClientError(GraphQLError error) {
        if (error.getExtensions() != null && error.getExtensions().get("code") != null) {
            return error;
        }
        if (error instanceof ExceptionWhileDataFetching fetching) {
            return fromException(error, fetching.getException());
        }
        if (error.getErrorType() == ErrorType.InvalidSyntax) {
            return withCode(error, GRAPHQL_PARSE_FAILED, "The document does not parse.", null);
        }
        if (error instanceof ValidationError validation) {
            return withCode(error, GRAPHQL_VALIDATION_FAILED, validationMessage(validation), null);
        }
        if (error.getErrorType() == ErrorType.ValidationError) {
            // variables that do not fit their types, and SmallRye's own argument checks
            return withCode(error, BAD_USER_INPUT, inputMessage(String.valueOf(error.getMessage())), null);
        }
        return withCode(error, INTERNAL_ERROR, "The request could not be completed.", null);
    }

    private static GraphQLError fromException(GraphQLError error, Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException domain) {
                return withCode(error, domain.code(), domain.getMessage(), domain.problems());
            }
            if (cause instanceof ForbiddenException) {
                return withCode(error, FORBIDDEN, "You are not allowed to do this.", null);
            }
            if (cause instanceof UnauthorizedException || cause instanceof AuthenticationFailedException) {
                return withCode(error, UNAUTHENTICATED, "Sign in first.", null);
            }
        }
        Optional<String> unavailable = unavailability(thrown);
        if (unavailable.isPresent()) {
            LOG.warnf("The database is unavailable while resolving %s (%s); answered SERVICE_UNAVAILABLE",
                    error.getPath(), unavailable.get());
            return withCode(error, SERVICE_UNAVAILABLE,
                    "The service is briefly unavailable; this part of the request was not done. Try again shortly.",
                    null);
        }
        String reference = UUID.randomUUID().toString();
        // The exception's message may hold data (an SQL constraint names values): only its type is logged.
        LOG.errorf("Internal error %s while resolving %s: %s", reference, error.getPath(), thrown.getClass().getName());
        return withCode(error, INTERNAL_ERROR,
                "The request could not be completed (reference " + reference + ").", null);
    }

    /**
     * Why this exception means the database cannot be reached (an SQLState, or the kind of failure), if it does:
     * a connection that fails or is refused (SQLState class 08), a server shutting down or restarting (57P01-57P03),
     * too many connections (53300), or no connection from the pool in time.
     */
    static Optional<String> unavailability(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException) {
                return Optional.of("no connection");
            }
            if (cause.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return Optional.of("connection failed");
            }
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    String state = next.getSQLState();
                    if (state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state))) {
                        return Optional.of("SQLState " + state);
                    }
                    // Agroal's pool gives up waiting for a connection with a plain SQLException
                    if (state == null && next.getMessage() != null
                            && next.getMessage().contains("acquisition timeout")) {
                        return Optional.of("no connection from the pool in time");
                    }
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    /** The kind of validation failure and where, never the document's values. */
    private static String validationMessage(ValidationError validation) {
        StringBuilder message = new StringBuilder("The document is not valid (")
                .append(validation.getValidationErrorType()).append(')');
        if (validation.getQueryPath() != null && !validation.getQueryPath().isEmpty()) {
            message.append(" at ").append(String.join("/", validation.getQueryPath()));
        }
        return message.append(". See the schema.").toString();
    }

    /** Which variable (or argument, or field) is wrong and what was expected, never the value. */
    static String inputMessage(String original) {
        String subject = group(VARIABLE, original).map(name -> "Variable '" + name + "'")
                .or(() -> group(ARGUMENT, original).map(name -> "Argument '" + name + "'"))
                .orElse("An input value");
        String reason;
        if (original.contains("coerced Null value")) {
            reason = group(FIELD, original).map(field -> "the required field '" + field + "' is missing or null")
                    .orElse("a required value is missing or null");
        } else if (original.contains("that is not defined for input object type")) {
            reason = "an input object holds a field that its type does not define";
        } else {
            reason = StrictScalars.REASONS.stream().filter(original::contains).findFirst()
                    .orElse("the value does not fit its type");
        }
        return subject + " is not valid: " + reason + ". See the schema.";
    }

    private static Optional<String> group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static GraphQLError withCode(GraphQLError error, String code, String message, List<Problem> problems) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code);
        extensions.put("classification", String.valueOf(error.getErrorType()));
        if (problems != null && !problems.isEmpty()) {
            extensions.put("problems", problems.stream().map(Problem::toSpecification).toList());
        }
        // Quarkus treats an ExecutionAborted error next to data as an AbortExecutionException (it casts it, and a
        // rewritten error is not one: the request would never be answered), so a rewritten error never carries it.
        ErrorClassification type = error.getErrorType() == ErrorType.ExecutionAborted ? ErrorType.DataFetchingException
                : error.getErrorType();
        return GraphqlErrorBuilder.newError()
                .message("%s", message)
                .locations(error.getLocations())
                .path(error.getPath())
                .errorType(type)
                .extensions(extensions)
                .build();
    }
}
