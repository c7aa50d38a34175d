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

    @Message("联系方式")
    String contact_mode();

    @Message("日期")
    String visited_on();

    @Message("时间")
    String visited_time();

    @Message("见到的人")
    String persons_met();

    @Message("情绪状态")
    String emotional_state();

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

    @Message("开始日期")
    String starts_on();

    @Message("联系间隔（天）")
    String check_in_interval();

    @Message("结对目标")
    String goals();

    @Message("联系日期")
    String contacted_on();

    @Message("联系情况")
    String check_in_notes();

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

    @Message("康复救助")
    String rehabilitation_title();

    @Message("登记康复救助")
    String new_rehabilitation();

    @Message("暂无进行中的康复救助。")
    String no_rehabilitation();

    @Message("项目")
    String rehabilitation_kind();

    @Message("服务机构")
    String provider();

    @Message("结束日期")
    String ends_on();

    @Message("状态")
    String rstatus();

    @Message("资金来源")
    String funding_source();

    @Message("（筛查、评估不需要）")
    String funding_none();

    @Message("辅具")
    String device();

    @Message("计划训练次数")
    String sessions_planned();

    @Message("筛查或评估结果")
    String findings();

    @Message("结果")
    String outcome();

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

    @Message("下一页")
    String next_page();

    @Message("没有符合条件的儿童。")
    String no_results();

    @Message("转介")
    String new_referral();

    @Message("导出档案（表格）")
    String export_file();

    @Message("打印档案")
    String print_file();

    @Message("基本信息")
    String basic_information();

    @Message("性别")
    String gender();

    @Message("（完整号码，已记录查看原因）")
    String id_number_revealed();

    @Message("户籍地")
    String household_region();

    @Message("风险因素")
    String risk_factors();

    @Message("无")
    String none();

    @Message("残疾情况")
    String disability();

    @Message("{grade}级")
    String disability_grade(int grade);

    @Message("纳入关爱日期")
    String registered_on();

    @Message("档案已关闭")
    String file_closed();

    @Message("查看完整身份证号")
    String reveal_id_number();

    @Message("查看原因")
    String reveal_reason();

    @Message("每次查看都会记录查看人和原因。")
    String reveal_hint();

    @Message("查看")
    String reveal();

    @Message("法定监护人")
    String legal_guardian();

    @Message("受委托照护人")
    String entrusted_caregiver();

    @Message("电话")
    String phone();

    @Message("务工地")
    String workplace();

    @Message("外出务工")
    String works_away();

    @Message("监护能力")
    String capacity();

    @Message("暂无记录。")
    String none_recorded();

    @Message("儿童主任")
    String directors();

    @Message("生活")
    String living();

    @Message("学习")
    String study();

    @Message("健康")
    String health();

    @Message("安全")
    String safety();

    @Message("仅显示最近20条；完整记录见导出的表格。")
    String more_in_export();

    @Message("关爱服务记录")
    String care_records();

    @Message("服务类别")
    String care_kind();

    @Message("转介")
    String referrals_title();

    @Message("逾期未答复")
    String answer_overdue();

    @Message("已完成 {done}/{planned} 次")
    String sessions(int done, int planned);

    @Message("参加的活动")
    String activities_attended();

    @Message("工作日志")
    String work_log();

    @Message("项目")
    String field();

    @Message("内容")
    String value();

    @Message("姓名")
    String guardian_name();

    @Message("关系")
    String relationship();

    @Message("记录人")
    String author();

    @Message("内容")
    String content();

    @Message("转介时间")
    String referred_at();

    @Message("需求类别")
    String need_category();

    @Message("需求说明")
    String need();

    @Message("紧急程度")
    String urgency();

    @Message("转出单位")
    String referred_from();

    @Message("接收单位")
    String referred_to_organization();

    @Message("状态")
    String status();

    @Message("答复期限")
    String respond_by();

    @Message("拒绝原因")
    String decline_reason();

    @Message("结案日期")
    String closed_on();

    @Message("已完成次数")
    String sessions_completed();

    @Message("资金来源")
    String funding();

    @Message("是")
    String answer_yes();

    @Message("否")
    String answer_no();

    @Message("同意依据")
    String consent_basis();

    @Message("收到的转介")
    String referrals_received();

    @Message("发出的转介")
    String referrals_sent();

    @Message("暂无转介。")
    String no_referrals();

    @Message("转介单")
    String referral_title();

    @Message("接收")
    String accept_referral();

    @Message("拒绝")
    String decline_referral();

    @Message("结案")
    String close_referral();

    @Message("转介已发出，接收单位会看到它。")
    String referral_saved();

    @Message("该转介已被他人处理，您的操作未保存。请查看最新状态。")
    String referral_conflict();

    @Message("接收单位")
    String receiving_organization();

    @Message("请选择")
    String choose();

    @Message("儿童")
    String child();

    @Message("查看和处理")
    String open_referral();

    @Message("答复人")
    String answered_by();

    @Message("等待本单位答复的转介")
    String referrals_awaiting();

    @Message("参与服务的志愿者")
    String volunteers_served();

    @Message("工作人员")
    String staff_names();

    @Message("该活动已被他人更新，您的操作未保存。请查看最新状态。")
    String activity_conflict();

    @Message("参加的家长")
    String guardian_attendees();

    @Message("活动总结")
    String activity_report();

    @Message("取消原因")
    String cancel_reason();

    @Message("已签到")
    String attendance_recorded();

    @Message("从本单位服务的儿童中选择")
    String pick_children();

    @Message("按姓名筛选")
    String filter_children();

    @Message("参加的家长（家庭教育）")
    String guardians_attending();

    @Message("记录进展")
    String record_progress();

    @Message("该记录已被他人更新，您的修改未保存。请查看最新内容后再提交。")
    String record_conflict();

    @Message("合计")
    String total();

    @Message("培训覆盖率")
    String trained_share();

    @Message("需要配备儿童主任的村（社区）")
    String villages_with_gaps();

    @Message("仅列出前20个；完整名单请通过接口查询。")
    String more_villages_with_gaps();

    @Message("跳到正文")
    String skip_to_content();

    @Message("修改基本信息")
    String edit_basic_information();

    @Message("现在保存的信息")
    String now_stored();

    @Message("新身份证号（不修改请留空）")
    String new_id_number();

    @Message("留空则保留现有号码")
    String new_id_number_hint();

    @Message("残疾等级")
    String disability_grade_label();

    @Message("学校")
    String school_name();

    @Message("年级")
    String school_grade();

    @Message("修改监护人信息")
    String edit_guardian();

    @Message("户籍地区代码")
    String guardian_region();

    @Message("监护能力说明")
    String capacity_note();

    @Message("修改")
    String edit();

    @Message("无权访问")
    String forbidden_title();

    @Message("您的角色不能使用此页面。")
    String forbidden_text();

    @Message("返回首页")
    String go_home();
}
