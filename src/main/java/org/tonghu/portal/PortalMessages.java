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

    @Message("English")
    String language_switch();

    @Message("走访工作清单")
    String work_list();

    @Message("逾期的儿童排在最前面。")
    String work_list_hint();

    @Message("联系截止")
    String due_contact();

    @Message("入户截止")
    String due_home_visit();

    @Message("已逾期")
    String urgency_OVERDUE();

    @Message("即将到期")
    String urgency_DUE_SOON();

    @Message("按期")
    String urgency_LATER();

    @Message("记录走访")
    String record_visit();

    @Message("查看档案")
    String open_file();

    @Message("待处理问题")
    String open_concerns();

    @Message("辖区内暂无儿童。")
    String no_children();

    @Message("暂无待处理问题。")
    String no_concerns();

    @Message("走访已保存。")
    String visit_recorded();

    @Message("一人一档")
    String child_file();

    @Message("出生日期")
    String birth_date();

    @Message("身份证号")
    String id_number();

    @Message("居住村")
    String village();

    @Message("类别")
    String categories();

    @Message("风险等级")
    String risk_level();

    @Message("监护人")
    String guardians();

    @Message("走访记录")
    String visit_history();

    @Message("发现问题和解决方案")
    String concerns_found();

    @Message("走访计划")
    String schedule();

    @Message("暂无走访记录。")
    String no_visits();

    @Message("暂无记录。")
    String no_concerns_recorded();

    @Message("走访方式")
    String visit_kind();

    @Message("联系（电话、视频或见面）")
    String kind_CONTACT();

    @Message("入户走访")
    String kind_HOME_VISIT();

    @Message("联系方式")
    String contact_mode();

    @Message("电话")
    String mode_PHONE();

    @Message("视频")
    String mode_VIDEO();

    @Message("见面")
    String mode_MEETING();

    @Message("入户")
    String mode_IN_HOME();

    @Message("日期")
    String visited_on();

    @Message("时间")
    String visited_time();

    @Message("见到的人")
    String persons_met();

    @Message("情绪状态")
    String emotional_state();

    @Message("良好")
    String rating_GOOD();

    @Message("需关注")
    String rating_NEEDS_ATTENTION();

    @Message("严重")
    String rating_SERIOUS();

    @Message("情绪说明")
    String emotional_note();

    @Message("走访情况")
    String visit_notes();

    @Message("发现的问题（可选）")
    String concern_optional();

    @Message("问题类别")
    String concern_category();

    @Message("严重程度")
    String concern_severity();

    @Message("问题描述")
    String concern_description();

    @Message("低")
    String severity_LOW();

    @Message("中")
    String severity_MEDIUM();

    @Message("高")
    String severity_HIGH();

    @Message("紧急")
    String severity_URGENT();

    @Message("保存")
    String save();

    @Message("返回")
    String back();

    @Message("找不到这个页面")
    String not_found_title();

    @Message("没有这个儿童，或者您无权查看。")
    String not_found_text();

    @Message("请修改标出的内容，尚未保存。")
    String errors_summary();

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

    @Message("日期无效。")
    String error_RAISED_ON_INVALID();

    @Message("内容无效。")
    String error_INVALID();

    @Message("留守儿童")
    String category_LEFT_BEHIND();

    @Message("孤儿")
    String category_ORPHAN();

    @Message("事实无人抚养儿童")
    String category_DE_FACTO_UNSUPPORTED();

    @Message("残疾儿童")
    String category_DISABLED();

    @Message("重病儿童")
    String category_SERIOUSLY_ILL();

    @Message("低保家庭儿童")
    String category_LOW_INCOME_FAMILY();

    @Message("特困供养儿童")
    String category_EXTREME_POVERTY_SUPPORT();

    @Message("单亲家庭儿童")
    String category_SINGLE_PARENT_FAMILY();

    @Message("一般")
    String risk_STANDARD();

    @Message("高风险")
    String risk_HIGH();

    @Message("监护")
    String concern_GUARDIANSHIP();

    @Message("安全")
    String concern_SAFETY();

    @Message("健康")
    String concern_HEALTH();

    @Message("学业")
    String concern_STUDY();

    @Message("心理")
    String concern_PSYCHOLOGICAL();

    @Message("生活条件")
    String concern_LIVING_CONDITIONS();

    @Message("保障政策")
    String concern_BENEFITS();

    @Message("其他")
    String concern_OTHER();

    @Message("待处理")
    String status_OPEN();

    @Message("处理中")
    String status_IN_PROGRESS();

    @Message("已解决")
    String status_RESOLVED();

    @Message("已转介")
    String status_REFERRED();

    @Message("父亲")
    String relationship_FATHER();

    @Message("母亲")
    String relationship_MOTHER();

    @Message("祖父母")
    String relationship_GRANDPARENT();

    @Message("兄弟姐妹")
    String relationship_SIBLING();

    @Message("其他亲属")
    String relationship_OTHER_RELATIVE();

    @Message("被委托照护人")
    String relationship_ENTRUSTED_CAREGIVER();

    @Message("其他")
    String relationship_OTHER();

    @Message("走访人")
    String visitor();

    @Message("en")
    String language_switch_target();

    @Message("我的工作")
    String my_work();

    @Message("结对帮扶")
    String pairings_title();

    @Message("新建结对")
    String new_pairing();

    @Message("记录联系")
    String record_check_in();

    @Message("下次联系")
    String next_check_in();

    @Message("上次联系")
    String last_check_in();

    @Message("联系已逾期")
    String check_in_overdue();

    @Message("暂无结对。")
    String no_pairings();

    @Message("已保存。")
    String saved();

    @Message("儿童身份证号")
    String child_id_number();

    @Message("儿童姓名")
    String child_name();

    @Message("首次登记的儿童请填写身份证号和姓名，两者须一致。")
    String child_reference_hint();

    @Message("志愿者")
    String volunteer();

    @Message("结对类型")
    String pairing_kind();

    @Message("爱心妈妈")
    String pairing_LOVING_MOTHER();

    @Message("一对一学业帮扶")
    String pairing_ACADEMIC_BUDDY();

    @Message("成长导师")
    String pairing_GROWTH_MENTOR();

    @Message("互助伙伴")
    String pairing_PEER_BUDDY();

    @Message("志愿者结对")
    String pairing_VOLUNTEER_BUDDY();

    @Message("开始日期")
    String starts_on();

    @Message("联系间隔（天）")
    String check_in_interval();

    @Message("结对目标")
    String goals();

    @Message("联系日期")
    String contacted_on();

    @Message("电话")
    String pmode_PHONE();

    @Message("视频")
    String pmode_VIDEO();

    @Message("见面")
    String pmode_MEETING();

    @Message("家访")
    String pmode_HOME_VISIT();

    @Message("活动中")
    String pmode_ACTIVITY();

    @Message("联系情况")
    String check_in_notes();

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

    @Message("间隔为1到92天。")
    String error_CHECK_IN_INTERVAL_INVALID();

    @Message("日期须在结对开始之后、今天之前。")
    String error_CONTACTED_ON_INVALID();

    @Message("该结对已结束。")
    String error_PAIRING_NOT_ACTIVE();

    @Message("活动")
    String activities_title();

    @Message("新建活动")
    String new_activity();

    @Message("暂无活动。")
    String no_activities();

    @Message("活动类型")
    String activity_kind();

    @Message("活动名称")
    String activity_title();

    @Message("地点")
    String place();

    @Message("童心港湾")
    String place_HARBOR_SITE();

    @Message("村（填写村代码）")
    String place_VILLAGE();

    @Message("村代码")
    String village_code();

    @Message("童心港湾站点")
    String harbor_site();

    @Message("日期")
    String activity_date();

    @Message("开始")
    String start_time();

    @Message("结束")
    String end_time();

    @Message("课时")
    String class_hours();

    @Message("安全教育主题")
    String safety_topic();

    @Message("（无）")
    String no_topic();

    @Message("参加儿童")
    String attendees();

    @Message("登记参加儿童")
    String take_attendance();

    @Message("每行一名儿童：身份证号 姓名（可直接粘贴）。")
    String attendance_hint();

    @Message("活动已举办")
    String mark_held();

    @Message("取消活动")
    String mark_cancelled();

    @Message("提交活动报告")
    String mark_reported();

    @Message("报告或取消原因")
    String report_or_reason();

    @Message("第{n}行")
    String line(int n);

    @Message("童心港湾活动")
    String activity_kind_TONGXIN_HARBOR_EVENT();

    @Message("红领巾学堂")
    String activity_kind_RED_SCARF_CLASS();

    @Message("安全教育进村")
    String activity_kind_SAFETY_EDUCATION();

    @Message("假期安全教育")
    String activity_kind_HOLIDAY_SAFETY_LECTURE();

    @Message("法治教育")
    String activity_kind_LEGAL_EDUCATION();

    @Message("家庭教育指导")
    String activity_kind_FAMILY_EDUCATION();

    @Message("节日关爱")
    String activity_kind_FESTIVAL_CARE();

    @Message("红色教育")
    String activity_kind_RED_EDUCATION();

    @Message("阅读和游戏")
    String activity_kind_READING_AND_PLAY();

    @Message("心理关爱")
    String activity_kind_PSYCHOLOGICAL_SUPPORT();

    @Message("其他")
    String activity_kind_OTHER();

    @Message("计划中")
    String activity_status_PLANNED();

    @Message("已举办")
    String activity_status_HELD();

    @Message("已报告")
    String activity_status_REPORTED();

    @Message("已取消")
    String activity_status_CANCELLED();

    @Message("防溺水")
    String topic_DROWNING();

    @Message("防欺凌")
    String topic_BULLYING();

    @Message("防性侵")
    String topic_SEXUAL_ABUSE();

    @Message("交通安全")
    String topic_ROAD_SAFETY();

    @Message("消防安全")
    String topic_FIRE();

    @Message("其他")
    String topic_OTHER();

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

    @Message("康复救助")
    String rehabilitation_title();

    @Message("登记康复救助")
    String new_rehabilitation();

    @Message("暂无进行中的康复救助。")
    String no_rehabilitation();

    @Message("项目")
    String rehabilitation_kind();

    @Message("筛查")
    String rkind_SCREENING();

    @Message("评估")
    String rkind_ASSESSMENT();

    @Message("手术")
    String rkind_SURGERY();

    @Message("辅具适配")
    String rkind_ASSISTIVE_DEVICE();

    @Message("康复训练")
    String rkind_REHABILITATION_TRAINING();

    @Message("服务机构")
    String provider();

    @Message("结束日期")
    String ends_on();

    @Message("状态")
    String rstatus();

    @Message("计划中")
    String rstatus_PLANNED();

    @Message("进行中")
    String rstatus_IN_PROGRESS();

    @Message("已完成")
    String rstatus_COMPLETED();

    @Message("已中止")
    String rstatus_DISCONTINUED();

    @Message("资金来源")
    String funding_source();

    @Message("（筛查、评估不需要）")
    String funding_none();

    @Message("残联项目")
    String funding_DISABLED_PERSONS_FEDERATION_PROGRAM();

    @Message("医疗保险")
    String funding_MEDICAL_INSURANCE();

    @Message("医疗救助")
    String funding_MEDICAL_ASSISTANCE();

    @Message("慈善")
    String funding_CHARITY();

    @Message("家庭自付")
    String funding_FAMILY();

    @Message("其他")
    String funding_OTHER();

    @Message("辅具")
    String device();

    @Message("计划训练次数")
    String sessions_planned();

    @Message("筛查或评估结果")
    String findings();

    @Message("结果")
    String outcome();

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

    @Message("工作概览")
    String dashboard_title();

    @Message("各类儿童人数")
    String children_by_category();

    @Message("类别")
    String category();

    @Message("人数")
    String children_count();

    @Message("上月走访按期率")
    String compliance_last_month();

    @Message("按期联系")
    String contact_on_time();

    @Message("按期入户")
    String home_visit_on_time();

    @Message("从未走访")
    String never_visited();

    @Message("地区")
    String region_column();

    @Message("儿童主任配备")
    String staffing_title();

    @Message("村（社区）")
    String villages();

    @Message("无儿童主任")
    String villages_without_director();

    @Message("需增配")
    String villages_needing_more();

    @Message("本年度培训")
    String training_title();

    @Message("主任和督导员")
    String appointed();

    @Message("已培训")
    String trained();

    @Message("市级示范培训")
    String city_demonstration();

    @Message("已开展")
    String yes();

    @Message("未开展")
    String no();

    @Message("本年度工作任务")
    String duties_title();

    @Message("未开展安全教育进村的县")
    String counties_without_safety();

    @Message("寒假前未开展安全教育的学校")
    String schools_without_winter();

    @Message("暑假前未开展安全教育的学校")
    String schools_without_summer();

    @Message("法治副校长课时不足")
    String vice_principals_short();

    @Message("工作概览")
    String open_dashboard();

    @Message("登记问题")
    String raise_concern();

    @Message("处理")
    String follow_up();

    @Message("问题处理")
    String follow_up_title();

    @Message("处理状态")
    String concern_status();

    @Message("采取的措施")
    String action_taken();

    @Message("转介给")
    String referred_to();

    @Message("解决方案")
    String resolution();

    @Message("解决日期")
    String resolved_on();

    @Message("该问题刚被他人更新，您的修改未保存、也未覆盖他人的内容。请核对下方最新情况后再提交。")
    String conflict();

    @Message("请填写解决方案。")
    String error_RESOLUTION_REQUIRED();

    @Message("解决日期须在登记之后、今天之前。")
    String error_RESOLVED_ON_INVALID();

    @Message("请填写转介给哪个单位。")
    String error_REFERRED_TO_REQUIRED();

    @Message("该问题已解决。")
    String error_CONCERN_ALREADY_RESOLVED();

    @Message("儿童查询")
    String children_title();

    @Message("查询")
    String search();

    @Message("（全部）")
    String any();

    @Message("地区代码")
    String region_code();

    @Message("姓名包含")
    String name_contains();

    @Message("就学状态")
    String school_status();

    @Message("在校")
    String school_IN_SCHOOL();

    @Message("辍学")
    String school_DROPPED_OUT();

    @Message("劝返复学")
    String school_RETURNED();

    @Message("未到学龄")
    String school_NOT_OF_SCHOOL_AGE();

    @Message("下一页")
    String next_page();

    @Message("没有符合条件的儿童。")
    String no_results();

    @Message("每页1到100条。")
    String error_FIRST_OUT_OF_RANGE();

    @Message("翻页参数无效，请重新查询。")
    String error_INVALID_CURSOR();
}
