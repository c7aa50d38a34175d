package org.tonghu.portal.datasharing;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The data-sharing agreement pages' texts and words ({@code dsa:}). Chinese (zh-CN) is the default; English lives in
 * {@code messages/dsa_en.properties}.
 */
@MessageBundle(value = "dsa", locale = "zh-CN")
public interface DataSharingMessages {
    @Message("数据共享协议")
    String title();

    @Message("第三方应用与数据共享协议")
    String home_link();

    @Message("第三方应用须有生效的数据共享协议才能调用接口（《个人信息保护法》第十三条、第二十三条）。"
            + "协议限定处理目的、法律依据、可读地区、字段范围、可调用的操作和期限；撤销后应用的下一次请求即被拒绝。")
    String intro();

    @Message("登记应用")
    String register();

    @Message("登记第三方应用和数据共享协议")
    String register_title();

    @Message("暂无数据共享协议。")
    String no_agreements();

    @Message("客户端标识（client id）")
    String client_id();

    @Message("应用在身份认证服务中的客户端标识，即令牌的 azp。")
    String client_id_hint();

    @Message("代表的单位")
    String organization();

    @Message("处理目的")
    String purpose();

    @Message("法律依据")
    String legal_basis();

    @Message("可读地区")
    String region_codes();

    @Message("12 位行政区划代码，用逗号或空格分隔。")
    String region_codes_hint();

    @Message("字段范围")
    String field_set();

    @Message("可调用的操作")
    String operations();

    @Message("接口的查询和变更名称，用逗号或空格分隔。")
    String operations_hint();

    @Message("可选操作")
    String available_operations();

    @Message("可订阅的事件")
    String webhook_events();

    @Message("生效日期")
    String starts_on();

    @Message("到期日期")
    String expires_on();

    @Message("每分钟请求上限")
    String requests_per_minute();

    @Message("每日请求配额")
    String daily_quota();

    @Message("每分钟 {perMinute} 次 · 每日 {perDay} 次")
    String limits(int perMinute, int perDay);

    @Message("状态")
    String state();

    @Message("期限")
    String term();

    @Message("登记人")
    String registered_by();

    @Message("撤销协议")
    String revoke();

    @Message("撤销后，该应用的下一次请求即被拒绝。")
    String revoke_hint();

    @Message("撤销原因")
    String revoke_reason();

    @Message("已撤销")
    String revoked();

    @Message("监护人同意")
    String legalBasis_GUARDIAN_CONSENT();

    @Message("履行法定职责或法定义务所必需")
    String legalBasis_STATUTORY_DUTY();

    @Message("紧急情况下保护生命健康和财产安全所必需")
    String legalBasis_EMERGENCY_PROTECTION();

    @Message("法律、行政法规规定的其他情形")
    String legalBasis_OTHER_LAW_OR_REGULATION();

    @Message("仅目录")
    String fieldSet_DIRECTORY();

    @Message("汇总统计")
    String fieldSet_AGGREGATE_STATISTICS();

    @Message("服务对象儿童的个案数据")
    String fieldSet_CHILD_LEVEL();

    @Message("生效中")
    String state_ACTIVE();

    @Message("尚未生效")
    String state_NOT_YET_STARTED();

    @Message("已到期")
    String state_EXPIRED();

    @Message("已撤销")
    String state_REVOKED();

    @Message("收到转介")
    String event_REFERRAL_RECEIVED();

    @Message("转介得到答复")
    String event_REFERRAL_ANSWERED();

    @Message("活动发布")
    String event_ACTIVITY_PUBLISHED();

    @Message("强制报告已受理")
    String event_REPORT_ACKNOWLEDGED();

    @Message("客户端标识为 1 至 100 个字母、数字或 . _ : -。")
    String error_CLIENT_ID_INVALID();

    @Message("该应用已有生效的协议，请先撤销或修改。")
    String error_AGREEMENT_ALREADY_IN_FORCE();

    @Message("请选择单位。")
    String error_ORGANIZATION_NOT_FOUND();

    @Message("请填写 1 至 100 个地区。")
    String error_REGIONS_INVALID();

    @Message("请填写 1 至 200 个操作。")
    String error_OPERATIONS_INVALID();

    @Message("接口中没有这个操作。")
    String error_UNKNOWN_OPERATION();

    @Message("到期日期须晚于生效日期，且不超过五年。")
    String error_EXPIRES_ON_INVALID();

    @Message("请求上限超出范围。")
    String error_LIMIT_OUT_OF_RANGE();

    @Message("协议已撤销或已到期。")
    String error_AGREEMENT_NOT_IN_FORCE();
}
