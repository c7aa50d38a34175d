package org.tonghu.schedule;

import org.eclipse.microprofile.graphql.Description;

/** How pressing a child's next visit is: past due, due within a week, or later. */
@Description("How pressing a child's next visit is.")
public enum Urgency {
    @Description("Past due.")
    OVERDUE,
    @Description("Due within a week.")
    DUE_SOON,
    @Description("Due later.")
    LATER
}
