package org.tonghu.protection;

import org.tonghu.graphql.NotFoundException;

import io.smallrye.graphql.api.ErrorCode;

/** No report with this id that the caller may see (or act on). */
@ErrorCode("PROTECTION_REPORT_NOT_FOUND")
public class ProtectionReportNotFoundException extends NotFoundException {

    public ProtectionReportNotFoundException() {
        super("No report with this id.");
    }
}
