package org.tonghu.progressreport;

/**
 * One figure of an annual progress report as a source compiles it: a stable key (its label and how it was computed
 * come from the bundle {@code progressreport/figures}), the value, and the portal address of the list behind it
 * (null when the figure opens no list).
 */
public record ProgressFigure(String key, long value, String list) {
}
