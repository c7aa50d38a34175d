package org.tonghu.progressreport;

/** Where an annual progress report stands. */
public enum ProgressReportStatus {
    /** Written by the officer; its figures are compiled from the data each time it is read. */
    DRAFT,
    /** Submitted to the level above: its figures are frozen in the latest version. */
    SUBMITTED,
    /** Returned by the level above with comments, to be revised and submitted again (a new version). */
    RETURNED,
    /** Accepted by the level above: final. */
    ACCEPTED
}
