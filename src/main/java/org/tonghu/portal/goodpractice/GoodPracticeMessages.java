package org.tonghu.portal.goodpractice;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The good-practice case pages' texts and words ({@code gp:}): Chinese (zh-CN) is the default; English lives in
 * {@code messages/gp_en.properties}.
 */
@MessageBundle(value = "gp", locale = "zh-CN")
public interface GoodPracticeMessages {
    @Message("优秀案例")
    String cases_title();

    @Message("优秀案例征集")
    String cases_link();

    @Message("晋心护童三年行动中各地的好典型、好经验、好做法。案例不含儿童个人信息。")
    String public_hint();

    @Message("待我审核")
    String to_review();

    @Message("本单位的案例")
    String mine();

    @Message("已发布的案例")
    String published();

    @Message("暂无。")
    String none();

    @Message("撰写案例")
    String new_case();

    @Message("修改案例")
    String edit_case();

    @Message("征集年度")
    String round();

    @Message("{year}年征集截止：{deadline}")
    String round_deadline(int year, String deadline);

    @Message("标题")
    String title();

    @Message("案例地区（行政区划代码）")
    String region();

    @Message("地区")
    String place();

    @Message("所属行动")
    String plan_action();

    @Message("摘要")
    String summary();

    @Message("案例正文")
    String story();

    @Message("成效数据")
    String results();

    @Message("每行一项：名称|数字|单位，例如：结对帮扶儿童|128|人")
    String results_hint();

    @Message("参与单位")
    String organizations();

    @Message("案例不得含有儿童姓名、身份证号码、电话号码等个人信息；提交时系统会再次检查。")
    String privacy_hint();

    @Message("保存草稿")
    String save();

    @Message("状态")
    String state();

    @Message("草稿")
    String state_DRAFT();

    @Message("已报送市级")
    String state_SUBMITTED();

    @Message("市级已推荐")
    String state_RECOMMENDED();

    @Message("已退回修改")
    String state_RETURNED();

    @Message("省级已入选")
    String state_SELECTED();

    @Message("已发布")
    String state_PUBLISHED();

    @Message("精神素养提升行动")
    String action_SPIRITUAL_LITERACY();

    @Message("监护提质行动")
    String action_GUARDIANSHIP_QUALITY();

    @Message("精准帮扶行动")
    String action_PRECISE_ASSISTANCE();

    @Message("安全防护行动")
    String action_SAFETY_PROTECTION();

    @Message("心理关爱行动")
    String action_PSYCHOLOGICAL_CARE();

    @Message("固本强基行动")
    String action_STRENGTHENING_FOUNDATIONS();

    @Message("提交")
    String step_SUBMIT();

    @Message("推荐到省级")
    String step_RECOMMEND();

    @Message("评分并入选")
    String step_SELECT();

    @Message("发布")
    String step_PUBLISH();

    @Message("退回修改")
    String step_RETURN();

    @Message("意见")
    String comment();

    @Message("评分（0–100）")
    String score();

    @Message("退回意见")
    String return_comment();

    @Message("推荐意见")
    String recommendation_comment();

    @Message("省级评审意见")
    String review_comment();

    @Message("撰写人")
    String drafted_by();

    @Message("发布时间")
    String published_on();

    @Message("照片")
    String photos();

    @Message("案例照片 {number}")
    String photo_alt(int number);

    @Message("授权")
    String consent();

    @Message("{givenBy}（{relation}）于 {givenOn} 同意使用")
    String consent_line(String givenBy, String relation, String givenOn);

    @Message("添加照片")
    String add_photo();

    @Message("照片文件（JPEG、PNG、WebP）")
    String photo_file();

    @Message("说明")
    String caption();

    @Message("同意人")
    String consent_given_by();

    @Message("与照片中人物的关系")
    String consent_relation();

    @Message("同意日期")
    String consent_given_on();

    @Message("删除")
    String remove_photo();

    @Message("返回案例列表")
    String back_to_cases();

    @Message("登录")
    String sign_in();

    @Message("更多")
    String more();

    @Message("照片须经本人或儿童监护人同意；说明中不写姓名、电话等个人信息。照片最大 512 KB。")
    String photo_hint();

    @Message("征集年度管理")
    String rounds_title();

    @Message("截止日期")
    String deadline();

    @Message("状态")
    String round_state();

    @Message("征集中")
    String round_open();

    @Message("已截止")
    String round_closed();

    @Message("修改截止日期")
    String change_deadline();

    @Message("开启征集")
    String open_round();
}
