package org.tonghu.portal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the lists behind the figures of the annual progress report and the dashboards (issue 15: each figure
 * opens as the list of what it counts), as {@code fig:...}: the count a list holds and its filters. Chinese (zh-CN)
 * is the default; English lives in {@code messages/fig_en.properties}.
 */
@MessageBundle(value = "fig", locale = "zh-CN")
public interface FigureListMessages {
    @Message("共 {count} 项")
    String list_total(long count);

    @Message("下一页")
    String next_page();

    @Message("{year}年登记")
    String registered_in(int year);

    @Message("{year}年结案")
    String closed_in(int year);

    @Message("{year}年开始的临时监护")
    String placements_started_in(int year);

    @Message("{year}年末在管的临时监护")
    String placements_open_at_end_of(int year);

    @Message("{year}年抽查的整改任务：已确认")
    String tasks_confirmed_in(int year);

    @Message("{year}年抽查的整改任务：未确认")
    String tasks_not_confirmed_in(int year);

    @Message("{year}年征集中已报送的案例（含已推荐、入选、发布）")
    String cases_submitted_in(int year);

    @Message("{year}年征集中已推荐的案例（含入选、发布）")
    String cases_recommended_in(int year);

    @Message("{year}年征集中已发布的案例")
    String cases_published_in(int year);

    @Message("没有。")
    String none();

    @Message("{year}年抽查")
    String spotcheck_year(int year);

    @Message("已评分的档案")
    String spotcheck_files_SCORED();

    @Message("全部项目合格的档案")
    String spotcheck_files_PASSED();

    @Message("不合格项目（按档案列出）")
    String spotcheck_files_FAILED_ITEMS();

    @Message("{year}年报告的强制报告")
    String reports_filed_in(int year);
}
