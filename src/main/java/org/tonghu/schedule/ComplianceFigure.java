package org.tonghu.schedule;

/** A figure of the visit compliance report that counts children, and so opens as the list of them. */
public enum ComplianceFigure {
    /** Children not on time with contacts (contactOverdue). */
    CONTACT_OVERDUE,
    /** Children not on time with home visits (homeVisitOverdue). */
    HOME_VISIT_OVERDUE,
    /** Children never visited (neverVisited). */
    NEVER_VISITED,
    /** Children on time with contacts (contactOnTime). */
    CONTACT_ON_TIME,
    /** Children on time with home visits (homeVisitOnTime). */
    HOME_VISIT_ON_TIME,
    /** Every child judged (children). */
    CHILDREN
}
