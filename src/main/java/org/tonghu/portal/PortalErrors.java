package org.tonghu.portal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The portal's texts for the API's error codes, shown next to a form's field. Chinese (zh-CN) is the
 * default; English lives in {@code messages/err_en.properties}. (Kept apart from {@link PortalMessages}: Quarkus
 * 3.33 cannot generate a bundle of more than 300 messages.)
 */
@MessageBundle(value = "err", locale = "zh-CN")
public interface PortalErrors {
    @Message("必填。")
    String error_REQUIRED();

    @Message("内容太长。")
    String error_TOO_LONG();

    @Message("含有不允许的字符。")
    String error_HAS_CONTROL_CHARACTERS();

    @Message("请选择联系方式。")
    String error_CONTACT_MODE_INVALID();

    @Message("日期不能晚于今天，也不能早于儿童出生。")
    String error_VISITED_AT_INVALID();

    @Message("该儿童档案已关闭。")
    String error_CHILD_FILE_CLOSED();

    @Message("该跟进已办结。")
    String error_FOLLOW_UP_RESOLVED();

    @Message("联系时间须在跟进开启之后、不晚于现在。")
    String error_CONTACTED_AT_INVALID();

    @Message("请选择新照护人。")
    String error_GUARDIAN_REQUIRED();

    @Message("原照护人继续照护时不选新照护人。")
    String error_GUARDIAN_NOT_EXPECTED();

    @Message("此人不是该儿童的监护人，请先在档案中添加。")
    String error_GUARDIAN_NOT_OF_CHILD();

    @Message("请说明使原照护人能够照料的帮扶措施。")
    String error_SUPPORT_NOTE_REQUIRED();

    @Message("请先告知父母并确定照护人，再办结。")
    String error_FOLLOW_UP_STEPS_INCOMPLETE();

    @Message("日期应在儿童出生之后、今天或之前。")
    String error_ACTION_DATE_INVALID();

    @Message("没有您处理的、关于这名儿童的这份强制报告。")
    String error_PROTECTION_REPORT_NOT_OF_CHILD();

    @Message("只有责令接受家庭教育指导才关联指导活动。")
    String error_ACTIVITY_NOT_EXPECTED();

    @Message("没有这个编号的活动。")
    String error_ACTIVITY_NOT_FOUND();

    @Message("这个活动不是家庭教育指导。")
    String error_ACTIVITY_NOT_FAMILY_EDUCATION();

    @Message("这个活动已取消。")
    String error_ACTIVITY_CANCELLED();

    @Message("这个活动不在儿童所在的地区举办。")
    String error_ACTIVITY_ELSEWHERE();

    @Message("日期无效。")
    String error_RAISED_ON_INVALID();

    @Message("内容无效。")
    String error_INVALID();

    @Message("没有找到该儿童：请核对身份证号和姓名。")
    String error_CHILD_NOT_FOUND();

    @Message("请填写身份证号和姓名。")
    String error_CHILD_REFERENCE_INCOMPLETE();

    @Message("该志愿者的背景审查已过期。")
    String error_BACKGROUND_CHECK_EXPIRED();

    @Message("该志愿者已停用。")
    String error_VOLUNTEER_INACTIVE();

    @Message("请选择本单位的志愿者。")
    String error_VOLUNTEER_NOT_FOUND();

    @Message("该志愿者的结对数已满。")
    String error_VOLUNTEER_AT_CAPACITY();

    @Message("该儿童已有同类结对。")
    String error_CHILD_ALREADY_PAIRED();

    @Message("本单位不能登记这类结对。")
    String error_KIND_NOT_FOR_ORGANIZATION();

    @Message("日期无效。")
    String error_STARTS_ON_INVALID();

    @Message("间隔为1到{config:['tonghu.policy.pairing.max-check-in-interval-days']}天。")
    String error_CHECK_IN_INTERVAL_INVALID();

    @Message("日期须在结对开始之后、今天之前。")
    String error_CONTACTED_ON_INVALID();

    @Message("该结对已结束。")
    String error_PAIRING_NOT_ACTIVE();

    @Message("请填写日期和起止时间，结束不能早于开始。")
    String error_PERIOD_INVALID();

    @Message("课时为0.5到100。")
    String error_CLASS_HOURS_INVALID();

    @Message("请选择安全教育主题。")
    String error_SAFETY_TOPIC_REQUIRED();

    @Message("只有安全教育需要选择主题。")
    String error_SAFETY_TOPIC_NOT_APPLICABLE();

    @Message("请选择或填写地点。")
    String error_PLACE_INVALID();

    @Message("地点不在本单位服务区域内。")
    String error_PLACE_OUT_OF_REGION();

    @Message("活动当前状态不能这样变更。")
    String error_STATUS_CHANGE_INVALID();

    @Message("请填写活动报告。")
    String error_REPORT_REQUIRED();

    @Message("请填写原因。")
    String error_REASON_REQUIRED();

    @Message("活动开始后、提交报告前才能登记。")
    String error_ATTENDANCE_CLOSED();

    @Message("请至少填写一名儿童（最多500名）。")
    String error_ATTENDEES_INVALID();

    @Message("没有这个地区代码。")
    String error_REGION_NOT_FOUND();

    @Message("地区代码为12位数字。")
    String error_INVALID_REGION_CODE();

    @Message("请填写辅具名称。")
    String error_DEVICE_REQUIRED();

    @Message("只有辅具适配填写辅具。")
    String error_DEVICE_NOT_APPLICABLE();

    @Message("请选择资金来源。")
    String error_FUNDING_SOURCE_REQUIRED();

    @Message("训练次数为1到1000。")
    String error_SESSIONS_INVALID();

    @Message("请填写结果。")
    String error_OUTCOME_REQUIRED();

    @Message("结束日期无效。")
    String error_ENDS_ON_INVALID();

    @Message("该儿童未登记为残疾儿童。")
    String error_CHILD_NOT_DISABLED();

    @Message("请填写解决方案。")
    String error_RESOLUTION_REQUIRED();

    @Message("解决日期须在登记之后、今天之前。")
    String error_RESOLVED_ON_INVALID();

    @Message("请填写转介给哪个单位。")
    String error_REFERRED_TO_REQUIRED();

    @Message("该问题已解决。")
    String error_CONCERN_ALREADY_RESOLVED();

    @Message("每页1到100条。")
    String error_FIRST_OUT_OF_RANGE();

    @Message("翻页参数无效，请重新查询。")
    String error_INVALID_CURSOR();

    @Message("请选择接收单位。")
    String error_ORGANIZATION_NOT_FOUND();

    @Message("不能转介给本单位。")
    String error_SAME_ORGANIZATION();

    @Message("该转介已答复。")
    String error_REFERRAL_NOT_PENDING();

    @Message("只有已接收的转介才能结案。")
    String error_REFERRAL_NOT_ACCEPTED();

    @Message("结案日期应在转介日期和今天之间。")
    String error_CLOSED_ON_INVALID();

    @Message("该项已结束，不能再修改。")
    String error_REHABILITATION_RECORD_FINISHED();

    @Message("不是参加儿童的监护人。")
    String error_GUARDIAN_NOT_FOUND();

    @Message("出生日期不能晚于今天。")
    String error_BIRTH_DATE_IN_FUTURE();

    @Message("儿童应未满18周岁。")
    String error_NOT_A_MINOR();

    @Message("请填写出生日期。")
    String error_BIRTH_DATE_INVALID();

    @Message("该身份证号已登记在另一名儿童名下。")
    String error_ID_NUMBER_ALREADY_REGISTERED();

    @Message("身份证号中的出生日期与出生日期不一致。")
    String error_ID_NUMBER_BIRTH_DATE_MISMATCH();

    @Message("身份证号中的出生日期无效。")
    String error_ID_NUMBER_INVALID_BIRTH_DATE();

    @Message("身份证号校验位不正确，请核对。")
    String error_ID_NUMBER_INVALID_CHECK_DIGIT();

    @Message("身份证号应为18位。")
    String error_ID_NUMBER_INVALID_FORMAT();

    @Message("请至少选择一个类别。")
    String error_CATEGORY_REQUIRED();

    @Message("残疾等级为1至4级。")
    String error_DISABILITY_GRADE_OUT_OF_RANGE();

    @Message("纳入日期应在出生日期和今天之间。")
    String error_REGISTERED_ON_INVALID();

    @Message("请填写村（社区）的12位代码。")
    String error_RESIDENCE_NOT_A_VILLAGE();

    @Message("该村（社区）不在您的辖区内。")
    String error_RESIDENCE_OUT_OF_SCOPE();

    @Message("该地区不在您的辖区内。")
    String error_REGION_OUT_OF_SCOPE();

    @Message("不在您的辖区内。")
    String error_OUT_OF_JURISDICTION();

    @Message("请填写正确的手机号或固定电话。")
    String error_PHONE_INVALID();

    @Message("请选择已登记的儿童，或描述未登记的儿童，二者选一。")
    String error_CHILD_OR_DESCRIPTION_REQUIRED();

    @Message("年龄应在0至17岁之间。")
    String error_APPROXIMATE_AGE_INVALID();

    @Message("请选择发现儿童的村（社区）或乡镇（街道）。")
    String error_REPORT_PLACE_INVALID();

    @Message("发现时间不能晚于现在，也不能早于一年前。")
    String error_DISCOVERED_AT_INVALID();

    @Message("处置时间应在发现之后、现在之前。")
    String error_TAKEN_AT_INVALID();

    @Message("该报告已签收。")
    String error_RECEIPT_NOT_OPEN();

    @Message("该报告已办结。")
    String error_RECEIPT_CLOSED();

    @Message("该报告已关联儿童。")
    String error_CHILD_ALREADY_LINKED();

    @Message("请选择县（市、区）、市或省。")
    String error_ROUTE_REGION_INVALID();

    @Message("该单位不属于所选的类别。")
    String error_ORGANIZATION_KIND_MISMATCH();

    @Message("该儿童已有进行中的临时监护，请先结束后再记录。")
    String error_PLACEMENT_ALREADY_OPEN();

    @Message("请选择照料的监护人，或填写照料人姓名。")
    String error_CARER_REQUIRED();

    @Message("请选择机构。")
    String error_INSTITUTION_REQUIRED();

    @Message("该监护人与此儿童无关联。")
    String error_GUARDIAN_NOT_LINKED();

    @Message("评估日期须晚于开始（或上次评估）日期，且在一年之内。")
    String error_REVIEW_ON_INVALID();

    // --- good-practice cases (org.tonghu.goodpractice) ---

    @Message("内容中有疑似身份证号码，请删除。")
    String error_ID_NUMBER_IN_TEXT();

    @Message("内容中有疑似电话号码，请删除。")
    String error_PHONE_NUMBER_IN_TEXT();

    @Message("内容中有本地区登记儿童的姓名，请删除或改用化名。")
    String error_CHILD_NAME_IN_TEXT();

    @Message("本年度案例征集已截止。")
    String error_ROUND_CLOSED();

    @Message("请填写退回意见。")
    String error_COMMENT_REQUIRED();

    @Message("评分为 0 至 100。")
    String error_SCORE_INVALID();

    @Message("成效数据每行为：名称|数字|单位，数字不为负、最多两位小数。")
    String error_FIGURE_INVALID();

    @Message("请上传 JPEG、PNG 或 WebP 格式的照片。")
    String error_PHOTO_INVALID();

    @Message("照片文件过大。")
    String error_PHOTO_TOO_LARGE();

    @Message("照片数量已达上限。")
    String error_PHOTO_LIMIT_REACHED();

    @Message("同意日期不能晚于今天，且在五年之内。")
    String error_CONSENT_DATE_INVALID();

    @Message("案例当前状态下不能进行此操作。")
    String error_STATE_INVALID();

    @Message("该年度已开启征集。")
    String error_ROUND_EXISTS();

    @Message("截止日期须在征集年度之内。")
    String error_DEADLINE_INVALID();

    @Message("案例中没有这张照片。")
    String error_PHOTO_NOT_FOUND();
}
