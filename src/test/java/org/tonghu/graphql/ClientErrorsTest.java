package org.tonghu.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.Test;

import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.ResultPath;

/** What ClientErrors makes of errors, checked without the server. */
class ClientErrorsTest {

    @Test
    void shouldNeverLeaveARewrittenErrorMarkedAsAnAbortedExecution() {
        GraphQLError aborted = GraphqlErrorBuilder.newError().message("Execution aborted")
                .errorType(ErrorType.ExecutionAborted).path(ResultPath.parse("/createVolunteer")).build();
        GraphQLError client = ClientErrors.toClientError(aborted);
        // Quarkus casts an ExecutionAborted error answered with data to AbortExecutionException: the request hung
        assertNotEquals(ErrorType.ExecutionAborted, client.getErrorType());
        assertEquals(ClientErrors.INTERNAL_ERROR, client.getExtensions().get("code"));
        assertEquals("ExecutionAborted", client.getExtensions().get("classification"));
    }

    @Test
    void shouldCallAnUnreachableDatabaseServiceUnavailable() {
        for (SQLException cause : List.of(new SQLException("refused", "08001"), new SQLException("gone", "08006"),
                new SQLException("terminating connection due to administrator command", "57P01"),
                new SQLException("Sorry, acquisition timeout!"))) {
            GraphQLError error = ClientErrors.toClientError(
                    new ExceptionWhileDataFetching(ResultPath.parse("/children"),
                    new IllegalStateException("wrapped", cause), null));
            assertEquals(ClientErrors.SERVICE_UNAVAILABLE, error.getExtensions().get("code"), cause.getMessage());
            assertFalse(error.getMessage().contains(cause.getMessage()));
        }
        GraphQLError constraint = ClientErrors.toClientError(
                new ExceptionWhileDataFetching(ResultPath.parse("/children"),
                new SQLException("duplicate key", "23505"), null));
        assertEquals(ClientErrors.INTERNAL_ERROR, constraint.getExtensions().get("code"));
    }

    @Test
    void shouldAnswer503OnlyWhenTheDatabaseFailedTheWholeRequest() {
        GraphQLError unavailable = GraphqlErrorBuilder.newError().message("x")
                .extensions(java.util.Map.of("code", ClientErrors.SERVICE_UNAVAILABLE)).build();
        GraphQLError invalid = GraphqlErrorBuilder.newError().message("x")
                .extensions(java.util.Map.of("code", ClientErrors.BAD_USER_INPUT)).build();
        assertEquals(503, ClientErrors.httpStatus(true, false, List.of(unavailable)));
        assertEquals(200, ClientErrors.httpStatus(true, true, List.of(unavailable)));
        assertEquals(400, ClientErrors.httpStatus(false, false, List.of(invalid)));
        assertEquals(200, ClientErrors.httpStatus(true, false, List.of(unavailable, invalid)));
    }

    @Test
    void shouldNameTheVariableButNeverRepeatItsValue() {
        String message = ClientErrors.inputMessage(
                "Variable 'input' has an invalid value: Invalid input for enum 'Kind'."
                + " No value found for name 'SECRET_7Q'");
        assertEquals("Variable 'input' is not valid: the value does not fit its type. See the schema.", message);
    }
}
