package org.tonghu.region;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.tonghu.regioncode.RegionLevel;

/** A region as the graph shows it. Parent, children and ancestors are resolved in batches by {@link RegionGraphQL}. */
@Type("Region")
@Description("A region of the administrative hierarchy: province, city, county, township or village.")
public record RegionView(
        @NonNull @Description("The 12-digit statistical region code.") String code,
        @NonNull @Description("The region's name, e.g. 沁水县.") String name,
        @NonNull @Description("The region's level.") RegionLevel level,
        @Description("The code of the region one level up; null for a province.") String parentCode) {

    static RegionView of(Region region) {
        return new RegionView(region.code, region.name, region.regionCode().level(), region.parentCode);
    }
}
