package org.tonghu.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Where a page stands in its list (Relay's PageInfo); pass {@code endCursor} as {@code after} for the next page. Lists
 * page forward only ({@code first} and {@code after}).
 */
@Description("Where a page stands in its list (Relay connections); lists page forward with first and after.")
public record PageInfo(
        @Description("Whether more rows follow this page: pass endCursor as after to read them.")
        @NonNull boolean hasNextPage,
        @Description("Whether rows come before this page: true when the page was asked for after a cursor.")
        @NonNull boolean hasPreviousPage,
        @Description("The cursor of the first row of this page; null when the page is empty.")
        String startCursor,
        @Description("The cursor of the last row of this page; null when the page is empty.")
        String endCursor) {
}
