package org.tonghu.graphql;

import java.util.Map;

import graphql.execution.AbortExecutionException;

/** A document broke one of the {@link GraphQLLimits}; nothing was executed. */
final class QueryLimitExceededException extends AbortExecutionException {

    private final String code;

    QueryLimitExceededException(String code, String message) {
        super(message);
        this.code = code;
    }

    @Override
    public Map<String, Object> getExtensions() {
        return Map.of("code", code, "classification", "ExecutionAborted");
    }
}
