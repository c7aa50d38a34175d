package org.tonghu.openstatistics;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One published count: the number, or nothing when it is suppressed. */
@Type("OpenCount")
@Description("A published count of open statistics: count is null when suppressed is true (a small cell, 1 to 4, or "
        + "one hidden so that a small cell cannot be worked out from the totals).")
public record OpenCount(
        @Description("How many children; null when suppressed. A zero is shown as 0.") Integer count,
        @Description("Whether the count is withheld (小数抑制).") @NonNull boolean suppressed) {

    static OpenCount of(long count, boolean suppressed) {
        return new OpenCount(suppressed ? null : Math.toIntExact(count), suppressed);
    }
}
