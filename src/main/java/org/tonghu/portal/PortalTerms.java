package org.tonghu.portal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The portal's words for the values of the domain's lists (a category, a status, a kind), looked up by
 * {@code term:message(label:key(prefix, value))}. Chinese (zh-CN) is the
 * default; English lives in {@code messages/term_en.properties}. (Kept apart from {@link PortalMessages}: Quarkus
 * 3.33 cannot generate a bundle of more than 300 messages.)
 */
@MessageBundle(value = "term", locale = "zh-CN")
public interface PortalTerms {
    @Message("已逾期")
    String urgency_OVERDUE();

    @Message("即将到期")
    String urgency_DUE_SOON();

    @Message("按期")
    String urgency_LATER();

    @Message("联系（电话、视频或见面）")
    String kind_CONTACT();

    @Message("入户走访")
    String kind_HOME_VISIT();

    @Message("电话")
    String mode_PHONE();

    @Message("视频")
    String mode_VIDEO();

    @Message("见面")
    String mode_MEETING();

    @Message("入户")
    String mode_IN_HOME();

    @Message("良好")
    String rating_GOOD();

    @Message("需关注")
    String rating_NEEDS_ATTENTION();

    @Message("严重")
    String rating_SERIOUS();

    @Message("低")
    String severity_LOW();

    @Message("中")
    String severity_MEDIUM();

    @Message("高")
    String severity_HIGH();

    @Message("紧急")
    String severity_URGENT();

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

    @Message("童心港湾")
    String place_HARBOR_SITE();

    @Message("村（填写村代码）")
    String place_VILLAGE();

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

    @Message("计划中")
    String rstatus_PLANNED();

    @Message("进行中")
    String rstatus_IN_PROGRESS();

    @Message("已完成")
    String rstatus_COMPLETED();

    @Message("已中止")
    String rstatus_DISCONTINUED();

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

    @Message("在校")
    String school_IN_SCHOOL();

    @Message("辍学")
    String school_DROPPED_OUT();

    @Message("劝返复学")
    String school_RETURNED();

    @Message("未到学龄")
    String school_NOT_OF_SCHOOL_AGE();

    @Message("男")
    String gender_MALE();

    @Message("女")
    String gender_FEMALE();

    @Message("父母重度残疾")
    String factor_PARENT_SEVERE_DISABILITY();

    @Message("儿童残疾")
    String factor_CHILD_DISABILITY();

    @Message("心理或行为异常")
    String factor_PSYCHOLOGICAL_OR_BEHAVIOURAL_ABNORMALITY();

    @Message("单亲家庭")
    String factor_SINGLE_PARENT_FAMILY();

    @Message("重病")
    String factor_SERIOUS_ILLNESS();

    @Message("无人有效监护")
    String factor_NO_EFFECTIVE_GUARDIAN();

    @Message("已满18周岁")
    String closed_AGED_OUT();

    @Message("已迁出")
    String closed_MOVED_AWAY();

    @Message("不再符合条件")
    String closed_NO_LONGER_ELIGIBLE();

    @Message("已故")
    String closed_DECEASED();

    @Message("有能力")
    String capacity_ABLE();

    @Message("能力有限")
    String capacity_LIMITED();

    @Message("无能力")
    String capacity_UNABLE();

    @Message("物质帮扶")
    String care_MATERIAL_AID();

    @Message("政策落实")
    String care_BENEFIT_ENROLLMENT();

    @Message("学业帮扶")
    String care_STUDY_SUPPORT();

    @Message("健康帮扶")
    String care_HEALTH_SUPPORT();

    @Message("心理关爱")
    String care_PSYCHOLOGICAL_SUPPORT();

    @Message("安全保护")
    String care_SAFETY_PROTECTION();

    @Message("家庭支持")
    String care_FAMILY_SUPPORT();

    @Message("其他")
    String care_OTHER();

    @Message("结对中")
    String pstatus_ACTIVE();

    @Message("已结束")
    String pstatus_ENDED();

    @Message("康复")
    String need_REHABILITATION();

    @Message("心理健康")
    String need_MENTAL_HEALTH();

    @Message("医疗")
    String need_MEDICAL_CARE();

    @Message("社会救助与福利")
    String need_BENEFITS();

    @Message("教育")
    String need_EDUCATION();

    @Message("法律援助")
    String need_LEGAL_AID();

    @Message("监护安置")
    String need_CUSTODY();

    @Message("家庭支持")
    String need_FAMILY_SUPPORT();

    @Message("其他")
    String need_OTHER();

    @Message("一般（7天内答复）")
    String rurgency_ROUTINE();

    @Message("紧急（48小时内答复）")
    String rurgency_URGENT();

    @Message("特急（24小时内答复）")
    String rurgency_EMERGENCY();

    @Message("待答复")
    String rfstatus_PENDING();

    @Message("已接收")
    String rfstatus_ACCEPTED();

    @Message("已拒绝")
    String rfstatus_DECLINED();

    @Message("已结案")
    String rfstatus_CLOSED();

    @Message("监护人同意")
    String consent_GUARDIAN_CONSENT();

    @Message("儿童和监护人同意")
    String consent_CHILD_AND_GUARDIAN_CONSENT();

    @Message("法定职责")
    String consent_STATUTORY_DUTY();

    @Message("紧急保护")
    String consent_EMERGENCY_PROTECTION();

    @Message("未配备儿童主任")
    String gap_NO_DIRECTOR();

    @Message("儿童超过30名仅有1名儿童主任")
    String gap_NEEDS_MORE_DIRECTORS();
}
