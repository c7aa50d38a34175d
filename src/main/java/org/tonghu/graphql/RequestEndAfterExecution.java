package org.tonghu.graphql;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerResponse;

/**
 * Ends a GraphQL request's CDI request context only when its execution is done, also when the client hangs up first.
 * <p>
 * SmallRye's handler ends the request context from the event loop as soon as the response closes; when the client
 * hangs up mid-request, that is while a worker still resolves fields. Ending the context closes the request's
 * Hibernate session under the running statements and returns its connection to the pool, and ArC's destruction of the
 * session holder failed now and then with a {@code ConcurrentModificationException} when a fetcher opened the session
 * at that moment. This instrumentation takes over the response's end, close and exception handlers when the execution
 * begins (on the worker, after SmallRye set its own) and ends the context as SmallRye would, but after the execution
 * if it is still running then. A client gone before the execution began gets no execution at all.
 */
final class RequestEndAfterExecution extends SimplePerformantInstrumentation {

    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        HttpServerResponse response = GraphQLHttpGuard.currentExchange().map(routing -> routing.response())
                .orElse(null);
        if (response == null) {
            return SimpleInstrumentationContext.noOp();
        }
        ContextEnd end = new ContextEnd(Arc.container().requestContext());
        response.endHandler(end).closeHandler(end).exceptionHandler(ignored -> end.handle(null));
        if (response.closed()) {
            // gone before these handlers were set: SmallRye's own may have ended the context already
            throw new ClientGoneException();
        }
        return SimpleInstrumentationContext.whenCompleted((result, thrown) -> end.executionDone());
    }

    /** Aborts the execution of a request whose client has gone; nobody reads its answer. */
    private static final class ClientGoneException extends AbortExecutionException {

        ClientGoneException() {
            super("The client closed the connection.");
        }

        @Override
        public Map<String, Object> getExtensions() {
            return Map.of("code", ClientErrors.CLIENT_GONE, "classification", "ExecutionAborted");
        }
    }

    /** The end of one request's context: now if its execution is done, else when it is. Ends it once. */
    private static final class ContextEnd implements Handler<Void> {

        private static final int RUNNING = 0;
        private static final int END_WAITING = 1;
        private static final int EXECUTED = 2;
        private static final int ENDED = 3;

        private final ManagedContext requestContext;
        private final AtomicInteger state = new AtomicInteger(RUNNING);

        ContextEnd(ManagedContext requestContext) {
            this.requestContext = requestContext;
        }

        /** The response ended, closed or failed (on the event loop). */
        @Override
        public void handle(Void ignored) {
            if (state.compareAndSet(RUNNING, END_WAITING)) {
                return;
            }
            if (state.compareAndSet(EXECUTED, ENDED)) {
                terminate();
            }
        }

        /** The execution finished (on the worker that ran it). */
        void executionDone() {
            if (state.compareAndSet(END_WAITING, ENDED)) {
                terminate();
            } else {
                state.compareAndSet(RUNNING, EXECUTED);
            }
        }

        private void terminate() {
            SmallRyeContextManager.clearCurrentSmallRyeContext();
            requestContext.terminate();
        }
    }
}
