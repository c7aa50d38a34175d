package org.tonghu.schedule;

/** How pressing a child's next visit is: past due, due within a week, or later. */
public enum Urgency {
    OVERDUE,
    DUE_SOON,
    LATER
}
