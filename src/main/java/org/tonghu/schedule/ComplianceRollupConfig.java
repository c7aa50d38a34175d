package org.tonghu.schedule;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

/**
 * The compliance roll-up's job ({@code tonghu.reports.compliance-rollup.*}): which months it keeps and how often it
 * builds what is missing (new regions, a new month ahead, everything after a policy change).
 */
@ConfigMapping(prefix = "tonghu.reports.compliance-rollup")
public interface ComplianceRollupConfig {

    /** Whether the job runs; without it every compliance report counts the children directly. */
    boolean enabled();

    /** Months kept before the current one; reports of older periods count directly. */
    int monthsKept();

    /** How long after start the job first runs. */
    Duration initialDelay();

    /** The pause between two runs. */
    Duration every();
}
