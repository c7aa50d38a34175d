package org.tonghu.portal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every user-visible string of the portal. Chinese (zh-CN) is the default; English lives in
 * {@code messages/msg_en.properties}.
 */
@MessageBundle(value = "msg", locale = "zh-CN")
public interface PortalMessages {

    @Message("童护")
    String app_name();

    @Message("农村留守儿童和困境儿童关爱服务")
    String app_tagline();

    @Message("登录")
    String sign_in();

    @Message("退出")
    String sign_out();

    @Message("您好，{name}")
    String greeting(String name);

    @Message("角色")
    String roles();

    @Message("辖区")
    String region();

    @Message("所属单位")
    String organization();

    @Message("未设置")
    String not_set();

    @Message("本地演示模式：数据为虚构的演示数据。")
    String demo_notice();

    @Message("省级民政干部")
    String role_province_officer();

    @Message("市级民政干部")
    String role_city_officer();

    @Message("县级民政干部")
    String role_county_officer();

    @Message("乡镇儿童督导员")
    String role_township_supervisor();

    @Message("村（社区）儿童主任")
    String role_village_director();

    @Message("合作单位工作人员")
    String role_partner_staff();

    @Message("第三方应用")
    String role_third_party_app();

    @Message("审计员")
    String role_auditor();

    @Message("系统管理员")
    String role_system_administrator();
}
