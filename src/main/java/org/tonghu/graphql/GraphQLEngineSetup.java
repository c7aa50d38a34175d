package org.tonghu.graphql;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import io.smallrye.graphql.spi.EventingService;

/**
 * Sets up the GraphQL engine SmallRye builds: Tonghu's query limits and error policy, strict input scalars
 * ({@link StrictScalars}) and plain-field fetchers without SmallRye's per-field context ({@link PlainFieldFetchers}).
 * SmallRye builds the engine with its own chained instrumentation (its query cache among them); setting ours on the
 * builder would replace that, so ours are chained after whatever the builder already holds.
 * <p>
 * A SmallRye service loaded with {@link java.util.ServiceLoader} (META-INF/services), not a CDI observer: SmallRye's
 * CDI events ({@code quarkus.smallrye-graphql.events.enabled}) would fire on every fetch of every request, and this
 * hook is the only event Tonghu needs. It has no configuration key, so SmallRye always calls it.
 */
public final class GraphQLEngineSetup implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        GraphQLLimits limits = GraphQLLimits.from(ConfigProvider.getConfig());
        Instrumentation existing = builder.build().getInstrumentation();
        List<Instrumentation> chain = new ArrayList<>();
        chain.add(existing);
        chain.addAll(QueryLimitInstrumentations.of(limits));
        chain.add(new ClientErrors());
        builder.instrumentation(new ChainedInstrumentation(chain));
        builder.schema(PlainFieldFetchers.apply(StrictScalars.apply(builder.build().getGraphQLSchema())));
        return builder;
    }
}
