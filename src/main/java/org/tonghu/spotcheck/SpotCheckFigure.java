package org.tonghu.spotcheck;

/** A figure of a year's spot checks that counts files or their items, and so opens as the list of them. */
public enum SpotCheckFigure {
    /** The files scored. */
    SCORED,
    /** The files that passed every item. */
    PASSED,
    /** The items failed (the list shows the files with a failed item, and those items). */
    FAILED_ITEMS
}
