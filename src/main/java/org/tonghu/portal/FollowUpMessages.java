package org.tonghu.portal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The portal's texts for the caregiver follow-ups (§5) and the linked actions on a case (§6), as {@code fu:...}.
 * Chinese (zh-CN) is the default; English lives in {@code messages/fu_en.properties}. (A bundle of its own:
 * {@link PortalMessages} is near the 300 messages a Quarkus 3.33 bundle can hold.)
 */
@MessageBundle(value = "fu", locale = "zh-CN")
public interface FollowUpMessages {
    @Message("照护人无法照料：待跟进")
    String cf_work_title();

    @Message("走访发现受委托照护人无法照料时开启；截止最近的排在前面。")
    String cf_work_hint();

    @Message("没有待跟进的事项。")
    String cf_none();

    @Message("照护人无法照料跟进")
    String cf_title();

    @Message("截止")
    String cf_due();

    @Message("已逾期")
    String cf_overdue();

    @Message("开启")
    String cf_opened();

    @Message("跟进中")
    String cf_status_OPEN();

    @Message("已办结")
    String cf_status_RESOLVED();

    @Message("第一步：告知父母")
    String cf_step_contact();

    @Message("第二步：确定照护人")
    String cf_step_choose();

    @Message("第三步：办结")
    String cf_step_resolve();

    @Message("已完成")
    String cf_step_done();

    @Message("待办")
    String cf_step_todo();

    @Message("联系时间")
    String cf_contacted_at();

    @Message("联系方式")
    String cf_mode();

    @Message("电话")
    String cf_mode_PHONE();

    @Message("视频")
    String cf_mode_VIDEO();

    @Message("当面")
    String cf_mode_IN_PERSON();

    @Message("短信或语音留言")
    String cf_mode_MESSAGE();

    @Message("联系到的人")
    String cf_person_reached();

    @Message("对方意见")
    String cf_response();

    @Message("决定")
    String cf_decision();

    @Message("由其他监护人照护")
    String cf_decision_NEW_CAREGIVER();

    @Message("经帮扶后原照护人继续照护")
    String cf_decision_CURRENT_CAREGIVER_STAYS();

    @Message("新照护人（须已是儿童的监护人）")
    String cf_guardian();

    @Message("（不选）")
    String cf_no_guardian();

    @Message("说明（帮扶措施）")
    String cf_note();

    @Message("办结说明")
    String cf_resolution();

    @Message("保存")
    String cf_save();

    @Message("办结")
    String cf_resolve();

    @Message("记录人")
    String cf_recorded_by();

    @Message("办理")
    String cf_open();

    @Message("儿童")
    String cf_child();

    @Message("该跟进已被他人修改，请查看最新内容后重试。")
    String cf_conflict();

    @Message("请修改标出的内容。")
    String cf_errors();

    @Message("已保存。")
    String cf_saved();

    @Message("案件关联措施")
    String ca_title();

    @Message("人身安全保护令")
    String ca_kind_PROTECTION_ORDER();

    @Message("撤销监护资格")
    String ca_kind_GUARDIANSHIP_REVOKED();

    @Message("责令接受家庭教育指导")
    String ca_kind_FAMILY_EDUCATION_ORDER();

    @Message("司法建议")
    String ca_kind_JUDICIAL_SUGGESTION();

    @Message("检察建议")
    String ca_kind_PROCURATORIAL_SUGGESTION();

    @Message("文书编号")
    String ca_document_number();

    @Message("已安排家庭教育指导活动")
    String ca_guidance_linked();

    @Message("记录关联处置")
    String ca_record();

    @Message("关联处置")
    String ca_kind();

    @Message("决定日期")
    String ca_action_date();

    @Message("作出机关")
    String ca_issuing_body();

    @Message("如：沁水县人民法院")
    String ca_issuing_body_hint();

    @Message("关联强制报告")
    String ca_report_linked();

    @Message("家庭教育指导活动编号（可选）")
    String ca_activity_id();

    @Message("仅用于责令接受家庭教育指导：已安排的家庭教育指导活动的编号。")
    String ca_activity_hint();

    @Message("备注（可选）")
    String ca_note();

    @Message("保存")
    String ca_submit();
}
