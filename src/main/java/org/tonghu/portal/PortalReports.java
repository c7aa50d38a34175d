package org.tonghu.portal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The portal's texts for mandatory reports (强制报告) and alerts (提醒): their pages, the header's unread count, and the
 * words for their lists (categories, statuses, kinds of alert), looked up by
 * {@code rpt:message(label:key(prefix, value))}.
 * Chinese (zh-CN) is the default; English lives in {@code messages/rpt_en.properties}. (Kept apart from
 * {@link PortalMessages}, which is near the 300 messages a Quarkus 3.33 bundle can hold.)
 */
@MessageBundle(value = "rpt", locale = "zh-CN")
public interface PortalReports {
    @Message("提醒")
    String inbox_title();

    @Message("提醒")
    String inbox_link();

    @Message("{count}条未读")
    String unread_count(int count);

    @Message("暂无提醒。")
    String inbox_empty();

    @Message("未读")
    String unread();

    @Message("标为已读")
    String mark_read();

    @Message("本页全部标为已读")
    String mark_page_read();

    @Message("已标为已读。")
    String marked_read();

    @Message("截止")
    String due_at();

    @Message("更早的提醒")
    String older_alerts();

    @Message("回到最新")
    String newest_alerts();

    @Message("有强制报告待签收")
    String notice_PROTECTION_REPORT_TO_ACKNOWLEDGE();

    @Message("强制报告逾期未签收，已升级给您")
    String notice_PROTECTION_REPORT_ESCALATED();

    @Message("有转介待答复")
    String notice_REFERRAL_TO_ANSWER();

    @Message("合作单位发现了儿童的问题")
    String notice_CONCERN_RAISED();

    @Message("走访发现照护人无法照料，需跟进")
    String notice_CAREGIVER_FOLLOW_UP_OPENED();

    @Message("期限将到")
    String notice_DEADLINE_NEAR();

    @Message("已超过期限")
    String notice_DEADLINE_PASSED();

    @Message("临时监护安置待复查")
    String notice_PLACEMENT_REVIEW_DUE();

    @Message("档案抽查发现问题，需整改")
    String notice_RECTIFICATION_TASK_ASSIGNED();

    @Message("强制报告")
    String subject_PROTECTION_REPORT();

    @Message("转介")
    String subject_REFERRAL();

    @Message("问题")
    String subject_CONCERN();

    @Message("儿童档案")
    String subject_CHILD();

    @Message("临时监护安置")
    String subject_PLACEMENT();

    @Message("照护人无法照料跟进")
    String subject_CAREGIVER_FOLLOW_UP();

    @Message("整改任务")
    String subject_RECTIFICATION_TASK();

    @Message("报告")
    String report_button();

    @Message("发现儿童受到伤害或处于危险，立即报告（强制报告）。")
    String report_button_hint();

    @Message("报告该儿童")
    String report_this_child();

    @Message("强制报告")
    String new_report();

    @Message("儿童")
    String report_child();

    @Message("报告其他儿童")
    String report_another_child();

    @Message("未登记或不知道档案的儿童")
    String unregistered_child();

    @Message("只有姓名和发现地点必填；报告不必等待登记。")
    String unregistered_hint();

    @Message("姓名或称呼")
    String child_name();

    @Message("大约年龄（岁）")
    String approximate_age();

    @Message("发现地点（村或乡镇）")
    String report_place();

    @Message("地点的12位区划代码")
    String report_place_code();

    @Message("监护人（如知道）")
    String guardian_if_known();

    @Message("类别")
    String report_category();

    @Message("看到的情况")
    String observed();

    @Message("发现日期")
    String discovered_on();

    @Message("发现时间")
    String discovered_time();

    @Message("儿童正处于紧急危险中")
    String immediate_danger();

    @Message("勾选后，接收单位须在更短的期限内签收，逾期即向上升级。")
    String immediate_danger_hint();

    @Message("现场已采取的措施")
    String action_taken();

    @Message("提交报告")
    String submit_report();

    @Message("报告已提交，已送达下列接收单位。")
    String report_filed();

    @Message("强制报告")
    String report_title();

    @Message("状态")
    String report_status();

    @Message("接收单位")
    String receivers();

    @Message("签收期限")
    String acknowledge_by();

    @Message("签收")
    String acknowledged();

    @Message("处理结果")
    String outcome();

    @Message("尚未反馈")
    String no_outcome_yet();

    @Message("我的报告")
    String my_reports();

    @Message("您提交的报告，及各接收单位的状态和处理结果。")
    String my_reports_hint();

    @Message("暂无报告。")
    String no_reports();

    @Message("待处理的强制报告")
    String report_queue();

    @Message("逾期未签收的在前。")
    String report_queue_hint();

    @Message("逾期未签收")
    String overdue_reports();

    @Message("待签收和处理中")
    String to_handle();

    @Message("逾期")
    String overdue();

    @Message("更多")
    String more_reports();

    @Message("签收")
    String acknowledge();

    @Message("签收后，报告不再逾期。")
    String acknowledge_hint();

    @Message("记录处理措施")
    String add_step();

    @Message("采取的措施")
    String step_description();

    @Message("办结并反馈结果")
    String close_report();

    @Message("处理结果将告知报告人。")
    String outcome_hint();

    @Message("处理经过")
    String steps();

    @Message("暂无处理记录。")
    String no_steps();

    @Message("升级记录")
    String escalations();

    @Message("报告人")
    String reporter();

    @Message("报告时间")
    String filed_at();

    @Message("发现时间")
    String discovered_at();

    @Message("已保存。")
    String report_saved();

    @Message("该报告刚被他人更新，以下为最新情况，请核对后重试。")
    String report_conflict();

    @Message("关联已登记儿童")
    String link_child();

    @Message("报告时该儿童尚未登记。找到其档案后关联，接报单位即可查看儿童档案。")
    String link_child_hint();

    @Message("按姓名查找本县儿童")
    String link_child_name();

    @Message("选择儿童")
    String link_child_choose();

    @Message("本县没有姓名含此内容、且您可查看的在册儿童。")
    String link_no_candidates();

    @Message("关联此儿童")
    String link_child_submit();

    @Message("已关联")
    String linked();

    @Message("已登记儿童")
    String registered_child();

    @Message("已登记儿童（您无权查看其档案）")
    String child_not_in_reach();

    @Message("约{age}岁")
    String age_years(int age);

    @Message("待签收")
    String rstatus_OPEN();

    @Message("处理中")
    String rstatus_ACKNOWLEDGED();

    @Message("已办结")
    String rstatus_CLOSED();

    @Message("待签收")
    String receipt_OPEN();

    @Message("已签收")
    String receipt_ACKNOWLEDGED();

    @Message("已办结")
    String receipt_CLOSED();

    @Message("公安")
    String receiver_PUBLIC_SECURITY();

    @Message("民政")
    String receiver_CIVIL_AFFAIRS();

    @Message("教育")
    String receiver_EDUCATION();

    @Message("市级民政")
    String level_CITY();

    @Message("省级民政")
    String level_PROVINCE();

    @Message("身体伤害")
    String rcategory_PHYSICAL_ABUSE();

    @Message("性侵害")
    String rcategory_SEXUAL_ABUSE();

    @Message("疏于照料")
    String rcategory_NEGLECT();

    @Message("遗弃")
    String rcategory_ABANDONMENT();

    @Message("欺凌")
    String rcategory_BULLYING();

    @Message("自伤风险")
    String rcategory_SELF_HARM_RISK();

    @Message("危险环境")
    String rcategory_DANGEROUS_ENVIRONMENT();

    @Message("失踪")
    String rcategory_MISSING_CHILD();

    @Message("其他")
    String rcategory_OTHER();

    @Message("待处理")
    String queue_short();

    @Message("记录")
    String subject_OTHER();
}
