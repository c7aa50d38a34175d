package org.tonghu.portal.goodpractice;

import java.math.BigDecimal;

import org.tonghu.goodpractice.GoodPracticeResultView;

import io.quarkus.qute.TemplateExtension;

/** Template helpers of the good-practice pages: {@code result.figureText}. */
@TemplateExtension
final class GoodPracticeLabels {

    private GoodPracticeLabels() {
    }

    /** A result's figure as written: 96.5, 1180 (no trailing zeros, no grouping). */
    static String figureText(GoodPracticeResultView result) {
        return BigDecimal.valueOf(result.figure()).stripTrailingZeros().toPlainString();
    }
}
