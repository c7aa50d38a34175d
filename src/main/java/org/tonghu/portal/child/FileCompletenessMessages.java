package org.tonghu.portal.child;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The portal's texts for the lists of files by completeness (the annual progress report's files figures), as
 * {@code files:...}. Chinese (zh-CN) is the default; English lives in {@code messages/files_en.properties}.
 */
@MessageBundle(value = "files", locale = "zh-CN")
public interface FileCompletenessMessages {
    @Message("{year}年档案情况")
    String title(int year);

    @Message("档案完整")
    String listing_COMPLETE();

    @Message("档案不完整")
    String listing_INCOMPLETE();

    @Message("未登记监护人")
    String listing_WITHOUT_GUARDIAN();

    @Message("本年无走访记录")
    String listing_WITHOUT_VISIT_THIS_YEAR();

    @Message("问题未跟进")
    String listing_CONCERNS_NOT_FOLLOWED_UP();

    @Message("完整档案：已登记监护人，本年有走访记录，没有超过跟进期限仍未处理的问题。")
    String rule();


    @Message("无。")
    String none();

    @Message("上一页")
    String previous();

    @Message("下一页")
    String next();

    @Message("第{page}页，共{pages}页")
    String page_of(int page, long pages);

    @Message("返回年度报告")
    String back_to_reports();
}
