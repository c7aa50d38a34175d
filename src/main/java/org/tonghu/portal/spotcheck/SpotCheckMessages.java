package org.tonghu.portal.spotcheck;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The file spot check pages' texts and words ({@code spc:}). Chinese (zh-CN) is the default; English lives in
 * {@code messages/spc_en.properties}.
 */
@MessageBundle(value = "spc", locale = "zh-CN")
public interface SpotCheckMessages {
    @Message("档案抽查")
    String spot_checks_title();

    @Message("每年按乡镇随机抽取儿童档案，逐项评分；不合格项生成整改任务，由儿童主任限期整改。")
    String spot_checks_hint();

    @Message("开展抽查")
    String open_check();

    @Message("抽查地区")
    String region();

    @Message("年度")
    String year();

    @Message("每个乡镇抽取档案数")
    String files_per_township();

    @Message("随机种子（可不填）")
    String seed();

    @Message("不填则自动生成。记录的随机种子可供任何人重新抽取、核对样本。")
    String seed_hint();

    @Message("抽取样本")
    String open_button();

    @Message("暂无抽查。")
    String no_checks();

    @Message("抽取{drawn}份，已评{scored}份")
    String drawn_scored(int drawn, int scored);

    @Message("{year}年度档案抽查")
    String check_heading(int year);

    @Message("随机种子")
    String seed_label();

    @Message("抽样范围")
    String population_on();

    @Message("{day}在册的儿童档案")
    String population_on_value(String day);

    @Message("开展人")
    String opened_by();

    @Message("复核抽样")
    String redraw_title();

    @Message("按记录的随机种子重新抽取，结果与记录一致（{count}份）。")
    String redraw_matches(int count);

    @Message("重新抽取结果与记录不一致：记录{recorded}份，重新抽取{drawn}份，相同{both}份。")
    String redraw_differs(int recorded, int drawn, int both);

    @Message("抽查结果")
    String results_title();

    @Message("乡镇")
    String col_township();

    @Message("抽取")
    String col_drawn();

    @Message("已评")
    String col_scored();

    @Message("合格")
    String col_passed();

    @Message("不合格项")
    String col_failed_items();

    @Message("平均分")
    String col_average();

    @Message("未完成整改")
    String col_open_tasks();

    @Message("合计")
    String total();

    @Message("抽取的档案")
    String sample_title();

    @Message("第{rank}份")
    String rank(int rank);

    @Message("未评")
    String not_scored();

    @Message("合格")
    String passed();

    @Message("不合格")
    String failed();

    @Message("{score}分")
    String score(int score);

    @Message("评分")
    String score_file();

    @Message("查看")
    String view_file();

    @Message("档案抽查评分")
    String file_title();

    @Message("查看儿童档案")
    String open_child_file();

    @Message("数据显示：符合")
    String data_says_yes();

    @Message("数据显示：不符合")
    String data_says_no();

    @Message("由抽查人员评定")
    String checker_scores();

    @Message("符合")
    String pass();

    @Message("不符合")
    String fail();

    @Message("说明")
    String note();

    @Message("与数据不一致时须填写说明。")
    String override_hint();

    @Message("已改判")
    String overridden();

    @Message("保存评分")
    String save_score();

    @Message("评分人")
    String scored_by();

    @Message("评分项目")
    String checklist();

    @Message("已登记监护人")
    String item_GUARDIANS_RECORDED();

    @Message("按时走访")
    String item_VISITS_ON_SCHEDULE();

    @Message("发现问题已跟进")
    String item_CONCERNS_FOLLOWED_UP();

    @Message("有帮扶计划")
    String item_CARE_PLAN_PRESENT();

    @Message("基本信息准确")
    String item_INFORMATION_ACCURATE();

    @Message("记录有签字")
    String item_SIGNATURES_PRESENT();

    @Message("有照片资料")
    String item_PHOTOS_PRESENT();

    @Message("整改任务")
    String tasks_title();

    @Message("逾期整改任务")
    String overdue_tasks();

    @Message("我的整改任务")
    String my_tasks();

    @Message("档案抽查中不合格的项目，须在期限内整改并填写整改情况。")
    String tasks_hint();

    @Message("全部")
    String filter_all();

    @Message("待整改")
    String tstatus_OPEN();

    @Message("待确认")
    String tstatus_DONE();

    @Message("已确认")
    String tstatus_CONFIRMED();

    @Message("已逾期")
    String overdue();

    @Message("整改期限")
    String due_on();

    @Message("儿童主任")
    String director();

    @Message("村里暂无儿童主任")
    String no_director();

    @Message("暂无整改任务。")
    String no_tasks();

    @Message("整改情况")
    String done_note();

    @Message("已完成整改")
    String mark_done();

    @Message("确认整改")
    String confirm();

    @Message("退回重新整改")
    String reopen();

    @Message("退回原因")
    String reopen_note();

    @Message("整改人")
    String done_by();

    @Message("确认人")
    String confirmed_by();

    @Message("整改任务")
    String task_title();

    @Message("查看抽查评分")
    String open_scored_file();

    @Message("与数据不一致时请填写说明。")
    String error_OVERRIDE_NEEDS_NOTE();

    @Message("请对每一项评分。")
    String error_ITEM_REQUIRED();

    @Message("该地区本年度已开展抽查。")
    String error_SPOT_CHECK_EXISTS();

    @Message("抽查地区须为县（市、区）或设区的市。")
    String error_REGION_LEVEL_NOT_ALLOWED();

    @Message("年度须在2015年至今年之间。")
    String error_YEAR_OUT_OF_RANGE();

    @Message("抽取数量超出允许范围。")
    String error_FILES_PER_TOWNSHIP_OUT_OF_RANGE();

    @Message("随机种子只能包含字母、数字、“-”和“_”，最多64位。")
    String error_SEED_INVALID();

    @Message("该档案已评分。")
    String error_FILE_ALREADY_SCORED();

    @Message("该任务不在待整改状态。")
    String error_TASK_NOT_OPEN();

    @Message("该任务尚未标记完成。")
    String error_TASK_NOT_DONE();

    @Message("该地区不在您的辖区内。")
    String error_REGION_OUT_OF_SCOPE();
}
