package org.tonghu.openstatistics;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One region's counts in open statistics. */
@Type("OpenStatisticsRow")
@Description("One region's counts in open statistics: its children on the register, and by category.")
public record OpenStatisticsRow(
        @Description("The region's 12-digit code.") @NonNull String regionCode,
        @Description("The region's name.") @NonNull String regionName,
        @Description("Children on the register in the region (each counted once).") @NonNull OpenCount children,
        @Description("Children by category, in the order of the ChildCategory enum; a child may be in several, so "
                + "these need not add up to children.") @NonNull List<@NonNull OpenCategoryCount> byCategory) {
}
