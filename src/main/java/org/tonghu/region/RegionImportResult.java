package org.tonghu.region;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** What an import of a region list changed. */
@Description("What an import of a region list changed.")
public record RegionImportResult(
        @NonNull @Description("Rows read, header excluded.") int rows,
        @NonNull @Description("Regions that did not exist before.") int created,
        @NonNull @Description("Existing regions whose name changed.") int renamed,
        @NonNull @Description("Existing regions left as they were.") int unchanged) {
}
