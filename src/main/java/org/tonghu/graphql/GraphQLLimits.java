package org.tonghu.graphql;

import io.smallrye.config.ConfigMapping;

/** Limits every GraphQL document must stay within; checked before any resolver runs. */
@ConfigMapping(prefix = "tonghu.graphql")
public interface GraphQLLimits {

    /** The deepest field nesting allowed, counting the root field as 1. */
    int maxDepth();

    /** The most fields a document may select, counting each field once per place it appears. */
    int maxComplexity();

    /** The most aliased fields a document may hold. */
    int maxAliases();
}
