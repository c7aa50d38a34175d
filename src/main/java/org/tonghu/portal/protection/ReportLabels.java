package org.tonghu.portal.protection;

import java.util.Arrays;
import java.util.List;

import org.tonghu.protection.ProtectionReportCategory;

import io.quarkus.qute.TemplateExtension;

/** Template helper for the report pages: the lists their forms offer, e.g. {@code report:categories}. */
@TemplateExtension(namespace = "report")
final class ReportLabels {

    private ReportLabels() {
    }

    /** The categories of a mandatory report, in the order the form offers them. */
    static List<String> categories() {
        return Arrays.stream(ProtectionReportCategory.values()).map(Enum::name).toList();
    }
}
