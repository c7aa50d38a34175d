package org.tonghu.portal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The portal's texts for the dashboards that answer questions (issue 15: periods, drill-down, trend, export, partner
 * totals), as {@code dash:...}. Chinese (zh-CN) is the default; English lives in {@code messages/dash_en.properties}.
 */
@MessageBundle(value = "dash", locale = "zh-CN")
public interface DashboardMessages {
    @Message("期间")
    String period_label();

    @Message("查看")
    String period_show();

    @Message("{year}年{month}月")
    String period_month(int year, Integer month);

    @Message("{year}年第{quarter}季度")
    String period_quarter(int year, Integer quarter);

    @Message("{year}年")
    String period_year(int year);

    @Message("走访按时情况")
    String compliance_title();

    @Message("统计至")
    String counted_through();

    @Message("联系逾期")
    String contact_overdue();

    @Message("入户走访逾期")
    String home_visit_overdue();

    @Message("近12个月走访按时率")
    String trend_title();

    @Message("月份")
    String month_column();

    @Message("合作单位工作量")
    String partners_title();

    @Message("仅为计数：结对为期末在结对数，活动、康复服务和转介为本期间内的数量；不含合作单位的工作记录。")
    String partners_hint();

    @Message("在结对")
    String pairings_active();

    @Message("结对联系")
    String check_ins();

    @Message("开展活动")
    String events_held();

    @Message("参与人次")
    String attendance();

    @Message("康复服务")
    String rehabilitation_services();

    @Message("转介")
    String referrals_made();

    @Message("导出全部表格（.xlsx）")
    String export_xlsx();

    @Message("所在层级")
    String trail_label();

    @Message("点击地区名称查看下一级，点击数字查看名单。")
    String drill_hint();

    @Message("联系逾期的儿童")
    String figure_CONTACT_OVERDUE();

    @Message("入户走访逾期的儿童")
    String figure_HOME_VISIT_OVERDUE();

    @Message("从未走访的儿童")
    String figure_NEVER_VISITED();

    @Message("共 {count} 名")
    String children_total(long count);

    @Message("联系按时的儿童")
    String figure_CONTACT_ON_TIME();

    @Message("入户走访按时的儿童")
    String figure_HOME_VISIT_ON_TIME();

    @Message("纳入走访统计的儿童")
    String figure_CHILDREN();

    @Message("没有。")
    String none_behind();

    @Message("没有儿童主任的村（社区）")
    String gap_title_NO_DIRECTOR();

    @Message("村（社区）")
    String villages_title();

    @Message("需增配儿童主任的村（社区）")
    String gap_title_NEEDS_MORE_DIRECTORS();

    @Message("村（社区）")
    String village_column();

    @Message("儿童主任")
    String directors_column();

    @Message("下一页")
    String next_page();

    @Message("返回总览")
    String back_to_dashboard();

    @Message("全省概况")
    String province_overview();

    @Message("上月各市走访按时率；打开总览可按期间、地区逐级查看，直到名单。")
    String overview_hint();

    @Message("说明")
    String sheet_about();

    @Message("走访按时")
    String sheet_compliance();

    @Message("趋势")
    String sheet_trend();

    @Message("儿童分类")
    String sheet_categories();

    @Message("儿童主任配备")
    String sheet_staffing();

    @Message("培训覆盖")
    String sheet_training();

    @Message("年度任务")
    String sheet_duties();

    @Message("合作单位")
    String sheet_partners();

    @Message("区划代码")
    String region_code();

    @Message("联系按时人数")
    String contact_on_time_count();

    @Message("入户走访按时人数")
    String home_visit_on_time_count();

    @Message("联系按时率（%）")
    String contact_share();

    @Message("入户走访按时率（%）")
    String home_visit_share();

    @Message("任务")
    String duty_column();

    @Message("名称")
    String name_column();

    @Message("项目")
    String field_column();

    @Message("内容")
    String value_column();

    @Message("起")
    String period_start();

    @Message("止")
    String period_end();
}
