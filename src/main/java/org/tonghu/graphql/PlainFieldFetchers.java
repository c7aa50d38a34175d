package org.tonghu.graphql;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.FieldHelper;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.transformation.AbstractDataFetcherException;

/**
 * Replaces SmallRye's fetcher of every plain field (a record component or getter of the parent object) with one that
 * reads the value the same way and transforms it with SmallRye's own {@link FieldHelper}, but without SmallRye's
 * per-field context: SmallRye's {@link FieldDataFetcher} clones its request context for every field of every object
 * and renders the field's selection set as JSON twice, which was most of the service's CPU on a page of children
 * (about 750 plain fields for 50 children). That context is only read by operations (resolver methods), whose
 * fetchers are not replaced and still populate it. The fetcher's model is read from SmallRye's fetcher by reflection
 * at start: if a SmallRye upgrade renames it, the start fails here, loudly, instead of serving the slow path.
 */
final class PlainFieldFetchers {

    private static final Logger LOG = Logger.getLogger(PlainFieldFetchers.class);

    private PlainFieldFetchers() {
    }

    /** The schema with every SmallRye plain-field fetcher replaced. */
    static GraphQLSchema apply(GraphQLSchema schema) {
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        Map<FieldCoordinates, DataFetcher<?>> replacements = new LinkedHashMap<>();
        for (GraphQLObjectType type : objectTypes(schema)) {
            for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
                FieldCoordinates coordinates = FieldCoordinates.coordinates(type, field);
                if (registry.getDataFetcher(coordinates, field) instanceof FieldDataFetcher<?> smallRyes) {
                    replacements.put(coordinates, PlainFieldFetcher.replacing(smallRyes));
                }
            }
        }
        GraphQLCodeRegistry lean = registry.transform(builder -> replacements.forEach(builder::dataFetcher));
        return schema.transform(builder -> builder.codeRegistry(lean));
    }

    private static List<GraphQLObjectType> objectTypes(GraphQLSchema schema) {
        List<GraphQLObjectType> types = new ArrayList<>();
        schema.getAllTypesAsList().forEach(type -> {
            if (type instanceof GraphQLObjectType object && !object.getName().startsWith("__")) {
                types.add(object);
            }
        });
        return types;
    }

    /** Reads one plain field of the parent object and transforms it as SmallRye would. */
    static final class PlainFieldFetcher implements DataFetcher<Object>, TrivialDataFetcher<Object> {

        private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);

        private final MethodHandle getter;
        private final FieldHelper transformer;

        private PlainFieldFetcher(MethodHandle getter, FieldHelper transformer) {
            this.getter = getter;
            this.transformer = transformer;
        }

        static PlainFieldFetcher replacing(FieldDataFetcher<?> smallRyes) {
            try {
                io.smallrye.graphql.schema.model.Field model =
                        (io.smallrye.graphql.schema.model.Field) privateField(smallRyes, "field");
                Reference owner = (Reference) privateField(smallRyes, "owner");
                Class<?> ownerClass = Class.forName(owner.getClassName(), false,
                        Thread.currentThread().getContextClassLoader());
                MethodHandles.Lookup lookup = MethodHandles.publicLookup();
                MethodHandle getter = model.getMethodName() == null
                        ? lookup.unreflectGetter(ownerClass.getField(model.getPropertyName()))
                        : lookup.unreflect(ownerClass.getMethod(model.getMethodName()));
                return new PlainFieldFetcher(getter.asType(GETTER), new FieldHelper(model));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("SmallRye's field fetcher changed; see PlainFieldFetchers", e);
            }
        }

        private static Object privateField(FieldDataFetcher<?> fetcher, String name)
                throws ReflectiveOperationException {
            Field field = FieldDataFetcher.class.getDeclaredField(name);
            field.setAccessible(true);
            return field.get(fetcher);
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            Object source = environment.getSource();
            Object value;
            try {
                value = getter.invokeExact(source);
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
            try {
                return transformer.transformOrAdaptResponse(value, environment);
            } catch (AbstractDataFetcherException e) {
                // as SmallRye does: the untransformed value, and the reason in the log (no value in it)
                LOG.debugf("Field %s not transformed: %s", environment.getField().getName(), e.getClass().getName());
                return value;
            }
        }
    }
}
