package org.tonghu.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import io.smallrye.graphql.api.Context;

/**
 * A connection's {@code totalCount}: how many rows the whole list holds, counted with one statement over the same
 * filtered, scoped query as its pages, and only when the client selects the field (a page that does not ask costs
 * nothing more). Connections have it where that count is cheap; lists that would count across a province (the audit
 * trail, a province's visits or care records) do not.
 */
public final class TotalCount {

    public static final String FIELD = "totalCount";
    /** The schema's description of every connection's {@code totalCount}. */
    public static final String DESCRIPTION = "How many rows the whole list holds (every page, with the same filters "
            + "and scope); counted with one statement, only when you select it.";

    private TotalCount() {
    }

    /** Whether the client selected {@code totalCount} on the connection the current field returns. */
    public static boolean requested(Context context) {
        DataFetchingEnvironment environment = context.unwrap(DataFetchingEnvironment.class);
        if (environment == null) {
            return false;
        }
        DataFetchingFieldSelectionSet selection = environment.getSelectionSet();
        return selection != null && selection.contains(FIELD);
    }

    /** A count as the graph's {@code Int}. */
    public static Integer of(long count) {
        return Math.toIntExact(count);
    }
}
