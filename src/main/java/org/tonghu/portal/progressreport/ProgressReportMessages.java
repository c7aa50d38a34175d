package org.tonghu.portal.progressreport;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The annual progress report pages' texts ({@code prg:}). Chinese (zh-CN) is the default; English lives in
 * {@code messages/prg_en.properties}. The figures' labels and how they were computed come from the report's own
 * bundle ({@code progressreport/figures}), which the exports share.
 */
@MessageBundle(value = "prg", locale = "zh-CN")
public interface ProgressReportMessages {
    @Message("年度工作进展情况")
    String title();

    @Message("县（市、区）于12月1日前向市报送，市于12月5日前向省报送（以当年设定的截止日期为准）。")
    String list_hint();

    @Message("年度")
    String year();

    @Message("查看")
    String show();

    @Message("本级报告")
    String own_report();

    @Message("下级报告")
    String below_reports();

    @Message("各县报告")
    String county_reports();

    @Message("地区")
    String region();

    @Message("状态")
    String status();

    @Message("截止日期")
    String due();

    @Message("首次报送")
    String submitted_at();

    @Message("逾期报送")
    String late();

    @Message("逾期未报")
    String missing();

    @Message("逾期和未报送")
    String late_or_missing();

    @Message("没有逾期或未报送的报告。")
    String none_late();

    @Message("未开始")
    String not_started();

    @Message("打开")
    String open();

    @Message("开始编写本年度报告")
    String start();

    @Message("草稿")
    String status_DRAFT();

    @Message("已报送")
    String status_SUBMITTED();

    @Message("已退回修改")
    String status_RETURNED();

    @Message("已通过")
    String status_ACCEPTED();

    @Message("县级报告（报市）")
    String level_COUNTY();

    @Message("市级报告（报省）")
    String level_CITY();

    @Message("主要数据")
    String figures();

    @Message("草稿的数据在每次打开时按最新数据统计；报送时冻结。")
    String figures_live();

    @Message("数据为第{number}版报送时冻结的数据。")
    String figures_frozen(int number);

    @Message("指标")
    String figure();

    @Message("数值")
    String value();

    @Message("计算方法")
    String how();

    @Message("查看名单")
    String open_list();

    @Message("文字部分")
    String narrative();

    @Message("工作进展")
    String progress();

    @Message("存在问题")
    String problems();

    @Message("下一步措施")
    String next_steps();

    @Message("明年工作计划")
    String plans();

    @Message("保存")
    String save();

    @Message("报送上级")
    String submit();

    @Message("报送后数据冻结，上级审阅前不能修改。")
    String submit_hint();

    @Message("审阅")
    String review();

    @Message("意见")
    String comments();

    @Message("退回修改")
    String return_report();

    @Message("通过")
    String accept();

    @Message("报送版本")
    String versions();

    @Message("第{number}版")
    String version(int number);

    @Message("{name}于{when}报送")
    String submitted_by(String name, String when);

    @Message("{name}于{when}：")
    String reviewed_by(String name, String when);

    @Message("尚未报送。")
    String no_versions();

    @Message("下载Word文档")
    String download_docx();

    @Message("下载数据表格")
    String download_xlsx();

    @Message("已报送。")
    String submitted_notice();

    @Message("（未填写）")
    String empty();

    @Message("年度工作进展情况")
    String home_link();

    @Message("市级报告的数据为各县已报送或已通过报告的数据之和。")
    String sum_hint();

    @Message("各县数据")
    String by_county();

    @Message("按各县（市、区）第{number}版报送时的报告汇总，县名链接到该县报告，数值链接到该县名单。")
    String by_county_version(int number);

    @Message("按各县（市、区）目前已报送或已通过的报告汇总，县名链接到该县报告，数值链接到该县名单。")
    String by_county_standing();

    @Message("县（市、区）")
    String county();

    @Message("所用版本")
    String county_version();

    @Message("合计")
    String total();

    @Message("返回报告")
    String back_to_report();
}
