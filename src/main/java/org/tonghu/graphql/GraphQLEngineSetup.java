package org.tonghu.graphql;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.schema.GraphQLSchema;
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
 * <p>
 * SmallRye builds the engine lazily, on the first request, without a lock: requests arriving together after a start
 * each build one, and so call this hook at the same time. Transforming one schema from several threads at once mixes
 * their types (graphql-java resolves type references in place), and a document then fails validation with a
 * {@code VariableTypeMismatch}. So the schema is prepared once, under a lock, and every engine built from the same
 * source schema gets that one prepared schema.
 */
public final class GraphQLEngineSetup implements EventingService {

    private static final Object PREPARING = new Object();
    private static GraphQLSchema preparedFrom;
    private static GraphQLSchema prepared;

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
        chain.add(new RequestEndAfterExecution());
        chain.addAll(QueryLimitInstrumentations.of(limits));
        chain.add(new ClientErrors());
        builder.instrumentation(new ChainedInstrumentation(chain));
        builder.schema(prepared(builder.build().getGraphQLSchema()));
        return builder;
    }

    /** SmallRye's schema with Tonghu's scalars and fetchers, transformed once per source schema. */
    private static GraphQLSchema prepared(GraphQLSchema source) {
        synchronized (PREPARING) {
            if (preparedFrom != source) {
                prepared = PlainFieldFetchers.apply(StrictScalars.apply(source));
                preparedFrom = source;
            }
            return prepared;
        }
    }
}
