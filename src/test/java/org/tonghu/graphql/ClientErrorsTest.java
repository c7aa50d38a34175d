package org.tonghu.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

import graphql.ErrorType;
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
}
