package org.tonghu.graphql;

import org.eclipse.microprofile.config.Config;

/**
 * Limits every GraphQL document must stay within; checked before any resolver runs. Read from
 * {@code tonghu.graphql.*} when the engine is built ({@link GraphQLEngineSetup}, outside CDI).
 *
 * @param maxDepth the deepest field nesting allowed, counting the root field as 1
 * @param maxIntrospectionDepth the deepest nesting allowed inside {@code __schema} and {@code __type}, counted the
 *     same way: the standard introspection query of graphql-js nests 15 levels (its type references go 9 deep);
 *     graphql-java's good-faith introspection check refuses the cyclic introspection bombs on top of it
 * @param maxComplexity the most fields a document may select, counting each field once per place it appears
 * @param maxAliases the most aliased fields a document may hold
 */
record GraphQLLimits(int maxDepth, int maxIntrospectionDepth, int maxComplexity, int maxAliases) {

    static GraphQLLimits from(Config config) {
        return new GraphQLLimits(config.getValue("tonghu.graphql.max-depth", Integer.class),
                config.getValue("tonghu.graphql.max-introspection-depth", Integer.class),
                config.getValue("tonghu.graphql.max-complexity", Integer.class),
                config.getValue("tonghu.graphql.max-aliases", Integer.class));
    }
}
