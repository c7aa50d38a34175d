package org.tonghu.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

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
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * The one place that decides what a client sees of an error: a stable {@code extensions.code} on every error, the
 * message of a {@link DomainException}, and nothing internal (no exception class, stack, SQL or data) otherwise.
 * One exception: a document that does not parse at all is answered by SmallRye before the engine runs, with the
 * fixed message "Unparseable input document" and no code.
 */
final class ClientErrors extends SimplePerformantInstrumentation {

    static final String FORBIDDEN = "FORBIDDEN";
    static final String UNAUTHENTICATED = "UNAUTHENTICATED";
    static final String INTERNAL_ERROR = "INTERNAL_ERROR";
    static final String GRAPHQL_PARSE_FAILED = "GRAPHQL_PARSE_FAILED";
    static final String GRAPHQL_VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED";

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
        return CompletableFuture.completedFuture(builder.build());
    }

    static GraphQLError toClientError(GraphQLError error) {
        if (error.getExtensions() != null && error.getExtensions().get("code") != null) {
            return error;
        }
        if (error instanceof ExceptionWhileDataFetching fetching) {
            return fromException(error, fetching.getException());
        }
        if (error.getErrorType() == ErrorType.InvalidSyntax) {
            return withCode(error, GRAPHQL_PARSE_FAILED, error.getMessage(), null);
        }
        if (error.getErrorType() == ErrorType.ValidationError) {
            return withCode(error, GRAPHQL_VALIDATION_FAILED, error.getMessage(), null);
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
        String reference = UUID.randomUUID().toString();
        // The exception's message may hold data (an SQL constraint names values): only its type is logged.
        LOG.errorf("Internal error %s while resolving %s: %s", reference, error.getPath(), thrown.getClass().getName());
        return withCode(error, INTERNAL_ERROR, "The request could not be completed (reference " + reference + ").", null);
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
