package org.tonghu.progressreport;

import org.eclipse.microprofile.graphql.Description;

/** Where an annual progress report stands. */
@Description("Where an annual progress report (年度工作进展情况) stands.")
public enum ProgressReportStatus {
    /** Written by the officer; its figures are compiled from the data each time it is read. */
    @Description("Written by the officer; its figures are compiled from the data each time it is read.")
    DRAFT,
    /** Submitted to the level above: its figures are frozen in the latest version. */
    @Description("Submitted to the level above: its figures are frozen in the latest version.")
    SUBMITTED,
    /** Returned by the level above with comments, to be revised and submitted again (a new version). */
    @Description("Returned by the level above with comments, to be revised and submitted again (a new "
            + "version).")
    RETURNED,
    /** Accepted by the level above: final. */
    @Description("Accepted by the level above: final.")
    ACCEPTED
}
