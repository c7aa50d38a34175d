package org.tonghu.graphql;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;

/**
 * Adds Tonghu's query limits and error policy to the GraphQL engine. SmallRye builds the engine with its own
 * chained instrumentation (its query cache among them); setting ours on the builder would replace that, so ours
 * are chained after whatever the builder already holds. The input scalars are made strict ({@link StrictScalars}).
 */
@ApplicationScoped
public class GraphQLGuards {

    private final GraphQLLimits limits;

    GraphQLGuards(GraphQLLimits limits) {
        this.limits = limits;
    }

    void addTo(@Observes GraphQL.Builder builder) {
        Instrumentation existing = builder.build().getInstrumentation();
        List<Instrumentation> chain = new ArrayList<>();
        chain.add(existing);
        chain.addAll(QueryLimitInstrumentations.of(limits));
        chain.add(new ClientErrors());
        builder.instrumentation(new ChainedInstrumentation(chain));
        builder.schema(StrictScalars.apply(builder.build().getGraphQLSchema()));
    }
}
