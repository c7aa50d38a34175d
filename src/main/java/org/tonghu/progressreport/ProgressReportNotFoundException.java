package org.tonghu.progressreport;

import org.tonghu.graphql.NotFoundException;

import io.smallrye.graphql.api.ErrorCode;

/** No progress report with this id that the caller may see (or act on). */
@ErrorCode("PROGRESS_REPORT_NOT_FOUND")
public class ProgressReportNotFoundException extends NotFoundException {

    public ProgressReportNotFoundException() {
        super("No progress report with this id.");
    }
}
