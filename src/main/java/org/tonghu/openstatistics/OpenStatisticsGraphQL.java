package org.tonghu.openstatistics;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.quarkus.security.Authenticated;

/** {@code openStatistics}: open aggregate statistics, for every signed-in caller (third-party apps included). */
@GraphQLApi
@Authenticated
public class OpenStatisticsGraphQL {

    private final OpenStatisticsService statistics;

    OpenStatisticsGraphQL(OpenStatisticsService statistics) {
        this.statistics = statistics;
    }

    @Query("openStatistics")
    @Description("Open statistics (公开统计) of any region above a village, whatever your scope: children on the register "
            + "by direct sub-region and category at the end of a year or quarter, counts of 1 to 4 suppressed (and "
            + "others where a total would give one away). The same table answers without sign-in at "
            + "GET /open/statistics?region=...&period=...")
    public @NonNull OpenStatistics openStatistics(
            @Name("regionCode") @Description("The region's 12-digit code: the province, a city, a county or a "
                    + "township (REGION_WRONG_LEVEL for a village).") @NonNull String regionCode,
            @Name("period") @Description("A year (2025) or a quarter (2025-Q3), from 2000 and begun (PERIOD_INVALID, "
                    + "PERIOD_IN_FUTURE).") @NonNull String period) {
        return statistics.findOpenStatistics(regionCode, period);
    }
}
