package org.tonghu.openstatistics;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.tonghu.child.ChildCategory;

/** The children of one category in one row of open statistics. */
@Type("OpenCategoryCount")
@Description("The children of one category (儿童类别) in a row of open statistics; a child may be in several.")
public record OpenCategoryCount(
        @Description("The category.") @NonNull ChildCategory category,
        @Description("How many children of the row are in it.") @NonNull OpenCount children) {
}
