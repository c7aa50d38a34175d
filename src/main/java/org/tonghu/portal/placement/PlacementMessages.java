package org.tonghu.portal.placement;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The temporary custody pages' texts and words ({@code plc:}), apart from the portal's main bundle, which is near the
 * 300 messages a Quarkus 3.33 bundle can hold. Chinese (zh-CN) is the default; English lives in
 * {@code messages/plc_en.properties}.
 */
@MessageBundle(value = "plc", locale = "zh-CN")
public interface PlacementMessages {
    @Message("临时监护")
    String placements_title();

    @Message("在管的临时监护")
    String open_placements();

    @Message("待评估和评估逾期的排在前面。")
    String open_placements_hint();

    @Message("暂无在管的临时监护。")
    String no_open_placements();

    @Message("临时监护到期评估")
    String reviews_due_title();

    @Message("以下儿童的临时监护即将到期评估或已逾期，请配合民政部门走访。")
    String reviews_due_hint();

    @Message("暂无到期的评估。")
    String no_reviews_due();

    @Message("委托亲属照料")
    String kind_ENTRUSTED_TO_RELATIVES();

    @Message("家庭寄养")
    String kind_FAMILY_FOSTER_CARE();

    @Message("未成年人救助保护机构")
    String kind_RESCUE_PROTECTION_INSTITUTION();

    @Message("儿童福利机构")
    String kind_CHILD_WELFARE_INSTITUTION();

    @Message("回归家庭")
    String outcome_RETURNED_TO_FAMILY();

    @Message("另行指定监护人")
    String outcome_NEW_GUARDIAN();

    @Message("转为长期监护")
    String outcome_LONG_TERM_PLACEMENT();

    @Message("年满十八周岁")
    String outcome_ADULTHOOD();

    @Message("其他")
    String outcome_OTHER();

    @Message("进行中")
    String status_OPEN();

    @Message("已结束")
    String status_ENDED();

    @Message("待评估")
    String review_due();

    @Message("评估逾期")
    String review_overdue();

    @Message("下次评估")
    String next_review();

    @Message("照料人")
    String carer();

    @Message("原因")
    String reasons();

    @Message("法律依据")
    String legal_basis();

    @Message("评估记录")
    String reviews();

    @Message("记录评估")
    String record_review();

    @Message("评估日期")
    String reviewed_on();

    @Message("评估结论")
    String finding();

    @Message("下次评估日期（不填则按默认周期）")
    String next_review_on();

    @Message("结束临时监护")
    String end_placement();

    @Message("结束日期")
    String ended_on();

    @Message("结束结果")
    String outcome();

    @Message("说明")
    String note();

    @Message("查看并评估")
    String open_placement();

    @Message("临时监护管理")
    String manage_placements();

    @Message("记录临时监护安置")
    String record_placement();

    @Message("安置方式")
    String kind();

    @Message("请按所选安置方式填写照料人或机构，另一部分不予记录。")
    String kind_hint();

    @Message("家庭照料（委托亲属照料、家庭寄养）")
    String family_section();

    @Message("照料人（儿童的监护人）")
    String carer_guardian();

    @Message("其他人（填写姓名和电话）")
    String carer_not_guardian();

    @Message("照料人姓名")
    String carer_name();

    @Message("照料人电话")
    String carer_phone();

    @Message("机构（未成年人救助保护机构、儿童福利机构）")
    String institution_section();

    @Message("机构")
    String institution();

    @Message("该儿童所在地区暂无登记的救助保护机构或儿童福利机构。")
    String no_institutions();

    @Message("开始日期（不晚于今天）")
    String starts_on();

    @Message("法律依据（选填）")
    String legal_basis_optional();

    @Message("首次评估日期（不填则按默认周期）")
    String first_review_on();

    @Message("本次安置源于一份强制报告，将与该报告关联。")
    String from_report();
}
