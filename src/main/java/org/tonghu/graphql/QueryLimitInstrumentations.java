package org.tonghu.graphql;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

/** The depth, complexity and alias limits, each failing with its own stable code before execution starts. */
final class QueryLimitInstrumentations {

    static final String QUERY_TOO_DEEP = "QUERY_TOO_DEEP";
    static final String QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX";
    static final String TOO_MANY_ALIASES = "TOO_MANY_ALIASES";

    private QueryLimitInstrumentations() {
    }

    static List<Instrumentation> of(GraphQLLimits limits) {
        return List.of(
                new DepthLimit(limits.maxDepth(), limits.maxIntrospectionDepth()),
                new ComplexityLimit(limits.maxComplexity()),
                new AliasLimit(limits.maxAliases()));
    }

    /**
     * The depth limit, with its own limit for the introspection fields {@code __schema} and {@code __type} and what
     * they select: the standard introspection query must pass (GraphiQL, code generators) while a document nested
     * deep in the graph's own types is refused.
     */
    private static final class DepthLimit extends SimplePerformantInstrumentation {
        private final int maxDepth;
        private final int maxIntrospectionDepth;

        DepthLimit(int maxDepth, int maxIntrospectionDepth) {
            this.maxDepth = maxDepth;
            this.maxIntrospectionDepth = maxIntrospectionDepth;
        }

        @Override
        public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
            ExecutionContext execution = parameters.getExecutionContext();
            QueryTraverser traverser = QueryTraverser.newQueryTraverser()
                    .schema(execution.getGraphQLSchema())
                    .document(execution.getDocument())
                    .operationName(execution.getExecutionInput().getOperationName())
                    .coercedVariables(execution.getCoercedVariables())
                    .build();
            int[] deepest = new int[2]; // the graph's own fields, introspection
            traverser.visitPreOrder(new QueryVisitorStub() {
                @Override
                public void visitField(QueryVisitorFieldEnvironment field) {
                    int depth = 1;
                    boolean introspection = isIntrospectionRoot(field);
                    for (var parent = field.getParentEnvironment(); parent != null;
                            parent = parent.getParentEnvironment()) {
                        depth++;
                        introspection |= isIntrospectionRoot(parent);
                    }
                    int kind = introspection ? 1 : 0;
                    deepest[kind] = Math.max(deepest[kind], depth);
                }
            });
            if (deepest[0] > maxDepth) {
                throw tooDeep(deepest[0], maxDepth);
            }
            if (deepest[1] > maxIntrospectionDepth) {
                throw tooDeep(deepest[1], maxIntrospectionDepth);
            }
            return super.beginExecuteOperation(parameters, state);
        }

        private static boolean isIntrospectionRoot(QueryVisitorFieldEnvironment field) {
            String name = field.getField().getName();
            return "__schema".equals(name) || "__type".equals(name);
        }

        private static QueryLimitExceededException tooDeep(int depth, int maxDepth) {
            return new QueryLimitExceededException(QUERY_TOO_DEEP,
                    "The query is nested " + depth + " levels deep; at most " + maxDepth + " are allowed.");
        }
    }

    private static final class ComplexityLimit extends MaxQueryComplexityInstrumentation {
        ComplexityLimit(int maxComplexity) {
            super(maxComplexity);
        }

        @Override
        protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
            return new QueryLimitExceededException(QUERY_TOO_COMPLEX,
                    "The query selects " + complexity + " fields; at most " + maxComplexity + " are allowed.");
        }
    }

    private static final class AliasLimit extends SimplePerformantInstrumentation {
        private final int maxAliases;

        AliasLimit(int maxAliases) {
            this.maxAliases = maxAliases;
        }

        @Override
        public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
            AtomicInteger aliases = new AtomicInteger();
            new NodeTraverser().depthFirst(new NodeVisitorStub() {
                @Override
                public TraversalControl visitField(Field field, TraverserContext<graphql.language.Node> context) {
                    if (field.getAlias() != null) {
                        aliases.incrementAndGet();
                    }
                    return TraversalControl.CONTINUE;
                }
            }, parameters.getExecutionContext().getDocument().getDefinitions());
            if (aliases.get() > maxAliases) {
                throw new QueryLimitExceededException(TOO_MANY_ALIASES,
                        "The query uses " + aliases.get() + " aliases; at most " + maxAliases + " are allowed.");
            }
            return super.beginExecuteOperation(parameters, state);
        }
    }
}
