package org.tonghu.progressreport;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The default deadlines of progress reports ({@code tonghu.progress-report.*}); the province may move a year's. */
@ConfigMapping(prefix = "tonghu.progress-report")
public interface ProgressReportConfig {

    /** The day of the year by which counties submit to their city (MM-DD; plan 四(二): before 1 December). */
    @WithDefault("12-01")
    String countyDue();

    /** The day of the year by which cities submit to the province (MM-DD; plan 四(二): before 5 December). */
    @WithDefault("12-05")
    String cityDue();
}
