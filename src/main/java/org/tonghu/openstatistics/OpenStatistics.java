package org.tonghu.openstatistics;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Open aggregate statistics of one region and period: no personal data, small cells suppressed. */
@Type("OpenStatistics")
@Description("Open statistics (公开统计): children on the register by sub-region and category at the end of a period, "
        + "with small cells suppressed; open data, the same for every caller.")
public record OpenStatistics(
        @Description("The region asked for (12 digits).") @NonNull String regionCode,
        @Description("The region's name.") @NonNull String regionName,
        @Description("The period: a year (2025) or a quarter (2025-Q3).") @NonNull String period,
        @Description("The day counted: the period's last day, or today while the period runs. A child counts when "
                + "registered by then and not closed by then.") @NonNull LocalDate asOf,
        @Description("The smallest count shown: counts from 1 to threshold - 1 are suppressed.") int threshold,
        @Description("One row per direct sub-region of the region, by code.")
        @NonNull List<@NonNull OpenStatisticsRow> rows,
        @Description("The region as a whole: each count is the sum of the rows' counts it totals.")
        @NonNull OpenStatisticsRow total) {
}
