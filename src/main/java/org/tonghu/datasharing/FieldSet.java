package org.tonghu.datasharing;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** How much of the data an agreement opens to an app. */
@Enum("DataSharingFieldSet")
@Description("How much of the data a data-sharing agreement opens to its app.")
public enum FieldSet {
    @Description("The directory only: regions, organizations and other public reference data; no child.")
    DIRECTORY,
    @Description("Aggregate statistics as well; no child.")
    AGGREGATE_STATISTICS,
    @Description("Child-level data of the children the app's organization works with (an active relationship), "
            + "under the agreement's regions.")
    CHILD_LEVEL;

    /** Whether this field set reaches child-level data. */
    public boolean childLevel() {
        return this == CHILD_LEVEL;
    }
}
