package org.tonghu.director;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Director staffing of the villages of one region. */
@Type("StaffingRow")
public record StaffingRow(@NonNull String regionCode, @NonNull String regionName, @NonNull int villages,
        @NonNull int villagesWithoutDirector, @NonNull int villagesNeedingMoreDirectors) {
}
