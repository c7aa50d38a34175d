package org.tonghu.graphql;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.microprofile.graphql.Description;

/**
 * Every error code a client can receive, in one place: the top-level {@code errors[].extensions.code} and each
 * {@code extensions.problems[].code}. Each constant's {@link Description} (English) says what the code means and what
 * the client should do; the constructor's text says it in Chinese. The graph exposes the enum ({@code errorCodes}),
 * {@code docs/api/error-codes.md} and {@code .zh.md} are written from it ({@code ErrorCodeDocsTest}), and
 * {@code ErrorCodeCatalogueTest} fails when the source emits a code that is not here, or when a code here is emitted
 * nowhere. Call sites keep their string constants (tests and pages compare them as strings); a new code is added
 * here first.
 */
@Description("Every error code a client can receive, in errors[].extensions.code and in extensions.problems[].code "
        + "(错误代码). Codes are stable; each value says what it means and what to do.")
public enum ErrorCode {
    @Description("The action's date is not a date, or lies before the child's birth or after today. Send a date in "
            + "that range.")
    ACTION_DATE_INVALID("行动日期不是日期，或早于儿童出生日、晚于今天。请提交该范围内的日期。"),
    @Description("The named activity was cancelled. Name another activity.")
    ACTIVITY_CANCELLED("所指活动已取消。请改指其他活动。"),
    @Description("The activity takes place outside the child's region. Name an activity held where the child lives.")
    ACTIVITY_ELSEWHERE("活动地点不在儿童所在区域。请指定儿童所在地的活动。"),
    @Description("An activity was named where none belongs (only a family-education order names one). Leave the "
            + "activity out.")
    ACTIVITY_NOT_EXPECTED("此处不应指定活动（只有家庭教育指导令需要）。请去掉活动。"),
    @Description("The named activity is not family-education guidance. Name a FAMILY_EDUCATION activity.")
    ACTIVITY_NOT_FAMILY_EDUCATION("所指活动不是家庭教育指导。请指定 FAMILY_EDUCATION 类活动。"),
    @Description("No activity with this id that you may reach. Check the id; an unreachable activity looks like a "
            + "missing one.")
    ACTIVITY_NOT_FOUND("没有您可访问的该 id 活动。请核对 id；无权访问的活动与不存在的一样处理。"),
    @Description("The client already has a data-sharing agreement in force. Update or revoke that one instead of "
            + "registering another.")
    AGREEMENT_ALREADY_IN_FORCE("该客户端已有生效的数据共享协议。请更新或撤销该协议，不要另行登记。"),
    @Description("The app has no data-sharing agreement in force (none, not yet started, expired or revoked): every "
            + "request is refused (403). Ask the province to register or renew it.")
    AGREEMENT_INACTIVE("应用没有生效的数据共享协议（未登记、未开始、已到期或已撤销），所有请求均被拒绝（403）。请联系省级登记或续签。"),
    @Description("The agreement is already revoked or expired; nothing was changed. Read it again.")
    AGREEMENT_NOT_IN_FORCE("该协议已撤销或已到期，未作更改。请重新读取。"),
    @Description("The appointment has ended already. Read it again; nothing was changed.")
    APPOINTMENT_ALREADY_ENDED("该任命已结束。请重新读取；未作任何更改。"),
    @Description("The appointment did not hold on the training session's day. Name only appointments active that day.")
    APPOINTMENT_NOT_ACTIVE("该任命在培训当天不在任。请只指定当天在任的任命。"),
    @Description("No appointment with this id that you may reach. Check the id.")
    APPOINTMENT_NOT_FOUND("没有您可访问的该 id 任命。请核对 id。"),
    @Description("The appointment lies outside the training session's region. Name appointments of that region.")
    APPOINTMENT_OUTSIDE_SESSION_REGION("该任命不在培训所属区域内。请指定该区域的任命。"),
    @Description("The approximate age is not a number from 0 to 17. Send a whole number of years in that range.")
    APPROXIMATE_AGE_INVALID("估计年龄不是 0 到 17 之间的数字。请提交该范围内的整数岁数。"),
    @Description("Attendance is taken only from the activity's start until it is reported. Try again in that window.")
    ATTENDANCE_CLOSED("出勤只能在活动开始后、报告前记录。请在该时段内再试。"),
    @Description("The list of attendees is empty, too long or repeats someone. Send each attendee once, within the "
            + "stated limit.")
    ATTENDEES_INVALID("出勤名单为空、过长或有重复。请每人只列一次，且不超过上限。"),
    @Description("No attendees were given, or too many. Name 1 up to the stated number of attendees.")
    ATTENDEES_REQUIRED("未提供参训人员或人数过多。请列出 1 人至上限人数。"),
    @Description("The background check's expiry date lies outside 2000 to ten years ahead. Send a date in that range.")
    BACKGROUND_CHECK_DATE_INVALID("背景审查到期日不在 2000 年至十年后之间。请提交该范围内的日期。"),
    @Description("The volunteer's background check has expired. Renew the check before pairing the volunteer.")
    BACKGROUND_CHECK_EXPIRED("该志愿者的背景审查已过期。请先更新审查再结对。"),
    @Description("The HTTP request is not a GraphQL request (no body, not a JSON object, query not a string, NUL "
            + "characters, nested too deep, no such operation). Fix the request; do not retry it unchanged.")
    BAD_REQUEST("HTTP 请求不是合法的 GraphQL 请求（无请求体、不是 JSON 对象、query 不是字符串、含 NUL 字符、嵌套过深或无此操作）。请修正请求，勿原样重试。"),
    @Description("A variable or argument does not fit its type in the schema, or a required one is missing. Fix the "
            + "value as the message says.")
    BAD_USER_INPUT("变量或参数与模式中的类型不符，或缺少必填项。请按提示修正取值。"),
    @Description("The birth date lies in the future. Send the real birth date.")
    BIRTH_DATE_IN_FUTURE("出生日期晚于今天。请提交真实出生日期。"),
    @Description("The callback URL is not an absolute URL without user information. Send a plain https URL.")
    CALLBACK_URL_INVALID("回调地址不是不含用户信息的绝对地址。请提交普通的 https 地址。"),
    @Description("The callback URL points to a private, loopback or other non-public address. Use a public address "
            + "of your server.")
    CALLBACK_URL_PRIVATE("回调地址指向内网、回环或其他非公网地址。请使用服务器的公网地址。"),
    @Description("The callback URL does not use https. Use https.")
    CALLBACK_URL_SCHEME("回调地址未使用 https。请使用 https。"),
    @Description("No caregiver follow-up with this id that you may reach. Check the id.")
    CAREGIVER_FOLLOW_UP_NOT_FOUND("没有您可访问的该 id 照护人跟进记录。请核对 id。"),
    @Description("An institution placement names its institution, not a carer. Leave the carer out.")
    CARER_NOT_ALLOWED("机构安置应指定机构而非照护人。请去掉照护人。"),
    @Description("A family placement needs its carer. Name the carer or link a guardian of the child.")
    CARER_REQUIRED("家庭安置需要照护人。请填写照护人或关联儿童的监护人。"),
    @Description("No category was given. Give at least one child category.")
    CATEGORY_REQUIRED("未提供儿童类别。请至少提供一个类别。"),
    @Description("The check-in interval is not a number of days within the allowed range. Send a whole number of days "
            + "in range.")
    CHECK_IN_INTERVAL_INVALID("回访间隔不是允许范围内的天数。请提交范围内的整数天数。"),
    @Description("The report names a child already. Read the report again; nothing was changed.")
    CHILD_ALREADY_LINKED("该报告已关联儿童。请重新读取；未作任何更改。"),
    @Description("The child already has an active pairing of this kind. End it first or choose another kind.")
    CHILD_ALREADY_PAIRED("该儿童已有同类在结对。请先结束原结对或选择其他类型。"),
    @Description("The child's file is closed; nothing more is recorded on it. Do not retry.")
    CHILD_FILE_CLOSED("该儿童档案已关闭，不再记录。请勿重试。"),
    @Description("The text names a registered child. Remove the child's name (published texts must not identify "
            + "children).")
    CHILD_NAME_IN_TEXT("文本中出现了已登记儿童的姓名。请删去姓名（公开文本不得识别儿童身份）。"),
    @Description("Rehabilitation is recorded only for a child registered as disabled. Check the child or its "
            + "categories.")
    CHILD_NOT_DISABLED("只有登记为残疾的儿童才能记录康复。请核对儿童或其类别。"),
    @Description("No child with this id that you may reach. Check the id; an out-of-scope child answers exactly like "
            + "a missing one.")
    CHILD_NOT_FOUND("没有您可访问的该 id 儿童。请核对 id；超出范围的儿童与不存在的一样处理。"),
    @Description("Name a registered child or describe one, not both and not neither. Send exactly one of the two.")
    CHILD_OR_DESCRIPTION_REQUIRED("须指定已登记儿童或描述一名儿童，二者择一。请只提交其中一项。"),
    @Description("The child is not fully named. Give childId, or idNumber together with name.")
    CHILD_REFERENCE_INCOMPLETE("儿童信息不完整。请提供 childId，或同时提供身份证号和姓名。"),
    @Description("Class hours are not a number from 0.5 to 100 in tenths. Send a number in that range.")
    CLASS_HOURS_INVALID("课时不是 0.5 到 100 之间、精确到 0.1 的数字。请提交该范围内的数字。"),
    @Description("The client closed the connection before the answer; logged and counted only, no client reads it.")
    CLIENT_GONE("客户端在响应前已断开连接；仅用于日志与计数，客户端不会收到。"),
    @Description("The OAuth client id is empty, too long or has characters a client id cannot have. Send the client "
            + "id as the identity provider knows it.")
    CLIENT_ID_INVALID("客户端标识为空、过长或含有不允许的字符。请按身份认证服务中的客户端标识填写。"),
    @Description("The closing date is not a date, or lies outside its allowed range (after the start, not after "
            + "today). Send a date in range.")
    CLOSED_ON_INVALID("关闭日期不是日期，或超出允许范围（晚于开始日、不晚于今天）。请提交范围内的日期。"),
    @Description("A comment is required here. Say what should change.")
    COMMENT_REQUIRED("此处需要意见。请说明需要修改的内容。"),
    @Description("The concern is resolved already. Read it again; nothing was changed.")
    CONCERN_ALREADY_RESOLVED("该问题已解决。请重新读取；未作任何更改。"),
    @Description("No concern with this id that you may reach. Check the id.")
    CONCERN_NOT_FOUND("没有您可访问的该 id 问题记录。请核对 id。"),
    @Description("The record changed since you read it (a stale expectedVersion), or a concurrent request won. Read "
            + "it again and reapply your change.")
    CONFLICT("记录在您读取后已被修改（expectedVersion 已过期），或并发请求先完成。请重新读取后再提交修改。"),
    @Description("The consent date is not within the last five years or lies in the future. Send the real date of "
            + "consent.")
    CONSENT_DATE_INVALID("同意日期不在近五年内或晚于今天。请提交真实的同意日期。"),
    @Description("The contact time is not a date and time, or lies before the follow-up opened or in the future. Send "
            + "a time in range.")
    CONTACTED_AT_INVALID("联系时间不是日期时间，或早于跟进开始、晚于现在。请提交范围内的时间。"),
    @Description("The contact date is not a date, or lies before the pairing's start or after today. Send a date in "
            + "range.")
    CONTACTED_ON_INVALID("联系日期不是日期，或早于结对开始、晚于今天。请提交范围内的日期。"),
    @Description("The contact mode does not fit the visit kind (a home visit is IN_HOME; a contact is PHONE, VIDEO or "
            + "MEETING). Choose a matching mode.")
    CONTACT_MODE_INVALID("联系方式与走访类型不符（入户走访为 IN_HOME；联系为 PHONE、VIDEO 或 MEETING）。请选择匹配的方式。"),
    @Description("No data-sharing agreement with this id. Check the id.")
    DATA_SHARING_AGREEMENT_NOT_FOUND("没有该 id 的数据共享协议。请核对 id。"),
    @Description("A form field is not a date. Enter a date (yyyy-mm-dd).")
    DATE_INVALID("表单字段不是日期。请填写日期（yyyy-mm-dd）。"),
    @Description("The number of days lies outside its allowed range. Send a number in range.")
    DAYS_OUT_OF_RANGE("天数超出允许范围。请提交范围内的数字。"),
    @Description("The deadlines are out of order (the county's comes first, both in the year or early the next). Send "
            + "deadlines in that order.")
    DEADLINES_INVALID("截止日期顺序不对（县级在前，均在当年或次年初）。请按此顺序提交。"),
    @Description("The deadline is not a date, or not in the round's year. Send a date in that year.")
    DEADLINE_INVALID("截止日期不是日期，或不在该轮年度内。请提交该年度内的日期。"),
    @Description("Only a city-level session is a demonstration training. Unset demonstration or hold it at city "
            + "level.")
    DEMONSTRATION_NOT_CITY_LEVEL("只有市级培训才能作为示范培训。请取消示范标记或改为市级。"),
    @Description("A device was named for a service that is not ASSISTIVE_DEVICE. Leave the device out.")
    DEVICE_NOT_APPLICABLE("非辅具服务不应填写辅具。请去掉辅具。"),
    @Description("An ASSISTIVE_DEVICE service needs the device. Name the assistive device.")
    DEVICE_REQUIRED("辅具服务需要填写辅具。请填写辅具名称。"),
    @Description("The disability grade is not 1 to 4. Send a grade from 1 to 4.")
    DISABILITY_GRADE_OUT_OF_RANGE("残疾等级不是 1 到 4。请提交 1 到 4 的等级。"),
    @Description("The discovery time is not a date and time, or lies outside the past year or in the future. Send a "
            + "time in range.")
    DISCOVERED_AT_INVALID("发现时间不是日期时间，或不在过去一年内、晚于现在。请提交范围内的时间。"),
    @Description("dueWithinDays is not 0 to 366. Send a number in that range.")
    DUE_WITHIN_DAYS_OUT_OF_RANGE("dueWithinDays 不在 0 到 366 之间。请提交该范围内的数字。"),
    @Description("A region code appears twice in the uploaded file. Keep one line per code.")
    DUPLICATE_CODE("上传文件中区划代码重复。每个代码只保留一行。"),
    @Description("The end date lies before the start or after today. Send a date in range.")
    ENDED_ON_INVALID("结束日期早于开始日或晚于今天。请提交范围内的日期。"),
    @Description("The end date is not a date, lies before the start, or (for a finished step) after today. Send a "
            + "date in range.")
    ENDS_ON_INVALID("结束日期不是日期、早于开始日，或（已完成步骤）晚于今天。请提交范围内的日期。"),
    @Description("The work-log entry's date lies in the future. Send today or an earlier date.")
    ENTRY_DATE_INVALID("工作日志日期晚于今天。请提交今天或更早的日期。"),
    @Description("A subscription names no event kind. Name at least one.")
    EVENT_KINDS_REQUIRED("订阅未指定任何事件类型。请至少指定一种。"),
    @Description("Your app may not receive this kind of event: its data-sharing agreement does not list it. Ask the "
            + "province to add it, or leave it out.")
    EVENT_KIND_NOT_ALLOWED("应用无权接收此类事件：数据共享协议未列明。请联系省级增加，或去掉该类型。"),
    @Description("The agreement's expiry is not after its start, or lies too far ahead. Send an expiry after the "
            + "start, within the allowed term.")
    EXPIRES_ON_INVALID("协议到期日不晚于开始日，或超出允许期限。请提交晚于开始日且在允许期限内的日期。"),
    @Description("expiringWithinDays is not 0 to 366. Send a number in that range.")
    EXPIRING_WITHIN_DAYS_OUT_OF_RANGE("expiringWithinDays 不在 0 到 366 之间。请提交该范围内的数字。"),
    @Description("A figure is not a number from 0 to 999999999999.99 with at most two decimals, or a line is not "
            + "label|number|unit. Fix the figure.")
    FIGURE_INVALID("数字不在 0 到 999999999999.99 之间或小数超过两位，或某行不是“标签|数字|单位”。请修正。"),
    @Description("filesPerTownship lies outside its allowed range. Send a number in range.")
    FILES_PER_TOWNSHIP_OUT_OF_RANGE("filesPerTownship 超出允许范围。请提交范围内的数字。"),
    @Description("The spot-checked file is scored already. Read it again; nothing was changed.")
    FILE_ALREADY_SCORED("该抽查档案已评分。请重新读取；未作任何更改。"),
    @Description("first is not 1 to 100. Ask for 1 to 100 rows and page on with after.")
    FIRST_OUT_OF_RANGE("first 不在 1 到 100 之间。请每页请求 1 到 100 行，并用 after 翻页。"),
    @Description("The caregiver follow-up is resolved already. Read it again; nothing was changed.")
    FOLLOW_UP_RESOLVED("该照护人跟进已结案。请重新读取；未作任何更改。"),
    @Description("The follow-up cannot be resolved before the parents are told and a caregiver is chosen. Record "
            + "those steps first.")
    FOLLOW_UP_STEPS_INCOMPLETE("通知父母并确定照护人之前不能结案。请先记录这些步骤。"),
    @Description("Your roles do not allow this operation. Do not retry; ask for the role or use another operation.")
    FORBIDDEN("您的角色无权执行此操作。请勿重试；申请相应角色或改用其他操作。"),
    @Description("The funding source is missing. Say who pays for the service.")
    FUNDING_SOURCE_REQUIRED("缺少资金来源。请说明由谁付费。"),
    @Description("No good-practice case with this id that you may reach. Check the id.")
    GOOD_PRACTICE_CASE_NOT_FOUND("没有您可访问的该 id 优秀案例。请核对 id。"),
    @Description("The GraphQL document does not parse. Fix its syntax.")
    GRAPHQL_PARSE_FAILED("GraphQL 文档无法解析。请修正语法。"),
    @Description("The document does not validate against the schema (unknown field, wrong argument, ...). Check it "
            + "against schema/schema.graphql.")
    GRAPHQL_VALIDATION_FAILED("文档不符合模式（未知字段、参数错误等）。请对照 schema/schema.graphql 检查。"),
    @Description("A guardian was named where the current caregiver stays. Leave the guardian out.")
    GUARDIAN_NOT_EXPECTED("照护人不变时不应指定其他监护人。请去掉监护人。"),
    @Description("No guardian with this id that you may reach (or not of a child in the activity). Check the id.")
    GUARDIAN_NOT_FOUND("没有您可访问的该 id 监护人（或不是活动中儿童的监护人）。请核对 id。"),
    @Description("The guardian is not linked to the child. Link them first, or name another guardian.")
    GUARDIAN_NOT_LINKED("该监护人未与儿童关联。请先关联，或改指其他监护人。"),
    @Description("The guardian is not linked to the child. Link the guardian to the child first.")
    GUARDIAN_NOT_OF_CHILD("该监护人未与儿童关联。请先将其与儿童关联。"),
    @Description("The guardian who becomes the caregiver is missing. Name that guardian.")
    GUARDIAN_REQUIRED("缺少成为照护人的监护人。请指定该监护人。"),
    @Description("No Tongxin Harbor site with this id that you may reach. Check the id.")
    HARBOR_SITE_NOT_FOUND("没有您可访问的该 id 童心港湾站点。请核对 id。"),
    @Description("The text holds control or invisible characters. Remove them.")
    HAS_CONTROL_CHARACTERS("文本含控制字符或不可见字符。请删除。"),
    @Description("The date a session was held lies before 2000 or over a year ahead. Send a date in range.")
    HELD_ON_INVALID("培训日期早于 2000 年或超过一年后。请提交范围内的日期。"),
    @Description("The Idempotency-Key header is not a valid key. Send one value of 1 to 100 visible ASCII characters, "
            + "e.g. a UUID.")
    IDEMPOTENCY_KEY_INVALID("Idempotency-Key 请求头不是有效的键。请发送单个由 1 到 100 个可见 ASCII 字符组成的值，例如 UUID。"),
    @Description("The idempotency key was used before for a different request. Use a new key for a new request; reuse "
            + "a key only to retry the same one.")
    IDEMPOTENCY_KEY_REUSED("该幂等键已用于另一不同请求。新请求请用新键；只有重试同一请求时才复用。"),
    @Description("A child with this national ID number is already registered. Look the child up instead of "
            + "registering again.")
    ID_NUMBER_ALREADY_REGISTERED("该身份证号的儿童已登记。请查找该儿童，勿重复登记。"),
    @Description("The birth date in the ID number differs from birthDate. Correct one of them.")
    ID_NUMBER_BIRTH_DATE_MISMATCH("身份证号中的出生日期与 birthDate 不一致。请更正其中之一。"),
    @Description("The ID number holds no valid birth date. Check the number.")
    ID_NUMBER_INVALID_BIRTH_DATE("身份证号中的出生日期无效。请核对号码。"),
    @Description("The ID number's check digit is wrong (GB 11643). Check the number for a typing error.")
    ID_NUMBER_INVALID_CHECK_DIGIT("身份证号校验位错误（GB 11643）。请检查是否输错。"),
    @Description("The ID number is not 17 digits and a check character. Check the number.")
    ID_NUMBER_INVALID_FORMAT("身份证号不是 17 位数字加一位校验码。请核对号码。"),
    @Description("The text holds a national ID number. Remove it (published texts must not identify children).")
    ID_NUMBER_IN_TEXT("文本中含身份证号。请删除（公开文本不得识别儿童身份）。"),
    @Description("A family placement names its carer, not an institution. Leave the institution out.")
    INSTITUTION_NOT_ALLOWED("家庭安置应指定照护人而非机构。请去掉机构。"),
    @Description("An institution placement needs its institution. Name the institution.")
    INSTITUTION_REQUIRED("机构安置需要指定机构。请填写机构。"),
    @Description("The service failed unexpectedly; the message carries a reference for support. Retry later; report "
            + "the reference if it persists.")
    INTERNAL_ERROR("服务发生意外错误；消息中附有参考编号。请稍后重试；持续出现时请报告参考编号。"),
    @Description("An interval is not 1, 2, 3, 4, 6 or 12 months. Choose one of those.")
    INTERVAL_INVALID("间隔不是 1、2、3、4、6 或 12 个月。请选择其中之一。"),
    @Description("A form choice is missing or not one of the offered values. Choose one.")
    INVALID("表单选项缺失或不在可选值中。请选择一项。"),
    @Description("after is not a cursor of this list. Pass the endCursor of the same list, or omit after.")
    INVALID_CURSOR("after 不是本列表的游标。请传入同一列表的 endCursor，或省略 after。"),
    @Description("The uploaded file's first line is not the expected header. Start the file with the header the "
            + "message gives.")
    INVALID_HEADER("上传文件首行不是要求的表头。请以提示中的表头开始。"),
    @Description("An id is not a UUID. Send ids as the graph gave them.")
    INVALID_ID("id 不是 UUID。请使用本接口返回的 id。"),
    @Description("parent_code is not a 12-digit region code. Fix the line.")
    INVALID_PARENT_CODE("parent_code 不是 12 位区划代码。请修正该行。"),
    @Description("The region code is not a 12-digit statistical region code with its levels filled from the province "
            + "down. Send a valid code.")
    INVALID_REGION_CODE("区划代码不是从省级逐级填写的 12 位统计区划代码。请提交有效代码。"),
    @Description("A spot-check item is scored more than once. Score each item once.")
    ITEM_REPEATED("抽查项目重复评分。每个项目只评一次。"),
    @Description("A spot-check item has no score. Score every item.")
    ITEM_REQUIRED("有抽查项目未评分。请为每个项目评分。"),
    @Description("The pairing kind is missing or not one your organization may make (loving-mother pairings are the "
            + "Women's Federation's). Choose an allowed kind.")
    KIND_NOT_FOR_ORGANIZATION("结对类型缺失或不是本机构可建立的类型（爱心妈妈结对属于妇联）。请选择允许的类型。"),
    @Description("A rate limit or daily quota is outside the allowed range. Send a value in the range the message "
            + "gives.")
    LIMIT_OUT_OF_RANGE("每分钟请求上限或每日配额超出允许范围。请按提示范围填写。"),
    @Description("The name holds control or invisible characters. Remove them.")
    NAME_HAS_CONTROL_CHARACTERS("姓名含控制字符或不可见字符。请删除。"),
    @Description("The name is missing. Give the name.")
    NAME_REQUIRED("缺少姓名。请填写姓名。"),
    @Description("The name is longer than allowed. Shorten it.")
    NAME_TOO_LONG("姓名过长。请缩短。"),
    @Description("The progress report has no narrative section. Write it before submitting.")
    NARRATIVE_REQUIRED("进展报告缺少文字部分。请在提交前填写。"),
    @Description("A note is required here. Say what the outcome was.")
    NOTE_REQUIRED("此处需要说明。请说明结果。"),
    @Description("No notification with this id of yours. Check the id.")
    NOTIFICATION_NOT_FOUND("没有您的该 id 通知。请核对 id。"),
    @Description("The person is 18 or older; Tonghu registers children under 18. Check the birth date.")
    NOT_A_MINOR("此人已满 18 岁；本系统只登记未满 18 岁的儿童。请核对出生日期。"),
    @Description("Only county and city officers write progress reports; the province reads them. Use a county or city "
            + "account.")
    NOT_A_REPORTING_OFFICER("只有县、市级工作人员撰写进展报告；省级只阅读。请使用县级或市级账号。"),
    @Description("A webhook attempt's error class: the app's data-sharing agreement no longer lists this event kind "
            + "(or is no longer in force), so nothing was sent. Replay the delivery once the agreement allows it "
            + "again.")
    NOT_IN_AGREEMENT("回调投递尝试的错误类别：应用的数据共享协议已不列明此类事件（或已失效），未发送。协议恢复许可后可重放该投递。"),
    @Description("The child is not 18 on the given end date. Close the file for another reason or with a later date.")
    NOT_OF_AGE("在所给结束日期儿童未满 18 岁。请选择其他关闭原因或更晚的日期。"),
    @Description("The site is neither your organization's nor in a village of your jurisdiction. Register sites you "
            + "are responsible for.")
    NOT_YOUR_ORGANIZATION_OR_JURISDICTION("该站点既不属于本机构，也不在您辖区的村内。请登记您负责的站点。"),
    @Description("None of the city's counties has submitted its report yet. Wait for a county report before "
            + "compiling.")
    NO_COUNTY_SUBMITTED("本市尚无县提交报告。请待县级报告提交后再汇总。"),
    @Description("The uploaded file holds no rows. Upload a file with data lines.")
    NO_ROWS("上传文件没有数据行。请上传含数据的文件。"),
    @Description("A form field is not a number. Enter a number.")
    NUMBER_INVALID("表单字段不是数字。请填写数字。"),
    @Description("The agreement's operations are empty or not names of fields. List root fields of the graph.")
    OPERATIONS_INVALID("协议的可调用操作为空或不是字段名。请列出图的根字段。"),
    @Description("The request calls a root field that the app's data-sharing agreement does not list (403). Call "
            + "only the operations it lists, or ask the province to add one.")
    OPERATION_NOT_IN_AGREEMENT("请求调用了数据共享协议未列明的根字段（403）。请只调用协议列明的操作，或联系省级增加。"),
    @Description("The organization is not of the kind this needs (an institution of the placement's kind, or the "
            + "receiver's kind). Name a fitting organization.")
    ORGANIZATION_KIND_MISMATCH("机构类型不符（安置类型对应的机构，或接收方类型）。请指定合适的机构。"),
    @Description("No organization with this id (or one of these ids). Check the ids.")
    ORGANIZATION_NOT_FOUND("没有该 id（或其中某个 id）的机构。请核对 id。"),
    @Description("The token acts for another organization than the app's data-sharing agreement names (403). Use "
            + "the client registered for your organization.")
    ORGANIZATION_NOT_IN_AGREEMENT("令牌代表的组织与数据共享协议所载组织不符（403）。请使用为本组织登记的客户端。"),
    @Description("The outcome of a finished step is missing. Say how it ended.")
    OUTCOME_REQUIRED("已完成步骤缺少结果。请说明结果。"),
    @Description("A region in the upload lies outside your jurisdiction. Upload only regions you administer.")
    OUT_OF_JURISDICTION("上传的区划超出您的辖区。请只上传您管理的区划。"),
    @Description("Overriding the data's answer needs a note. Say why it does not hold.")
    OVERRIDE_NEEDS_NOTE("覆盖系统判定需要说明。请说明理由。"),
    @Description("The pairing has ended. Nothing more is recorded on it.")
    PAIRING_NOT_ACTIVE("该结对已结束，不再记录。"),
    @Description("No pairing with this id that you may reach. Check the id.")
    PAIRING_NOT_FOUND("没有您可访问的该 id 结对。请核对 id。"),
    @Description("A region's parent in the upload differs from the parent its code implies. Fix the parent_code.")
    PARENT_MISMATCH("上传中区划的上级与其代码所示上级不一致。请修正 parent_code。"),
    @Description("A region's parent is neither stored nor in the upload. Add the parent region first.")
    PARENT_NOT_FOUND("区划的上级既未存储也不在上传文件中。请先添加上级区划。"),
    @Description("The period is not valid (a year with a month 1-12, a quarter 1-4 or neither; a trend of 1 to 24 "
            + "months; an end after the start). Send a valid period.")
    PERIOD_INVALID("期间无效（年份加月份 1-12、季度 1-4 或都不加；趋势为 1 到 24 个月；结束晚于开始）。请提交有效期间。"),
    @Description("The period has not started yet. Ask for a period that has begun.")
    PERIOD_IN_FUTURE("该期间尚未开始。请查询已开始的期间。"),
    @Description("The phone number is not a mainland mobile or fixed-line number. Check it.")
    PHONE_INVALID("电话号码不是有效的内地手机号或固话号。请核对。"),
    @Description("The text holds a phone number. Remove it (published texts must not identify children).")
    PHONE_NUMBER_IN_TEXT("文本中含电话号码。请删除（公开文本不得识别儿童身份）。"),
    @Description("The photo is not base64 of a JPEG, PNG or WebP image. Send such an image.")
    PHOTO_INVALID("照片不是 JPEG、PNG 或 WebP 图像的 base64。请提交此类图像。"),
    @Description("The case has the most photos allowed. Remove one first.")
    PHOTO_LIMIT_REACHED("案例照片已达上限。请先删除一张。"),
    @Description("The case has no photo with this number. Check the number.")
    PHOTO_NOT_FOUND("案例没有该编号的照片。请核对编号。"),
    @Description("The photo is larger than allowed. Send a smaller image.")
    PHOTO_TOO_LARGE("照片超过大小限制。请提交较小的图像。"),
    @Description("The child already has an open temporary-custody placement. End it before opening another.")
    PLACEMENT_ALREADY_OPEN("该儿童已有未结束的临时监护安置。请先结束再新建。"),
    @Description("The placement has ended. Nothing more is recorded on it.")
    PLACEMENT_ENDED("该安置已结束，不再记录。"),
    @Description("No placement with this id that you may reach. Check the id.")
    PLACEMENT_NOT_FOUND("没有您可访问的该 id 安置。请核对 id。"),
    @Description("The place is not an existing harbor site, school or region of the needed level. Name an existing "
            + "place.")
    PLACE_INVALID("地点不是现有的童心港湾站点、学校或所需级别的区划。请指定现有地点。"),
    @Description("The place lies outside your organization's region. Choose a place within it.")
    PLACE_OUT_OF_REGION("地点不在本机构所在区域内。请选择区域内的地点。"),
    @Description("The planned end lies before the start. Send a later date.")
    PLANNED_END_ON_INVALID("计划结束日早于开始日。请提交更晚的日期。"),
    @Description("A progress report of this region and year exists already. Read and edit that one.")
    PROGRESS_REPORT_EXISTS("该区域该年度的进展报告已存在。请读取并编辑该报告。"),
    @Description("Only a draft or a returned report can be changed or submitted. Read the report's state.")
    PROGRESS_REPORT_NOT_EDITABLE("只有草稿或被退回的报告才能修改或提交。请查看报告状态。"),
    @Description("No progress report with this id that you may reach. Check the id.")
    PROGRESS_REPORT_NOT_FOUND("没有您可访问的该 id 进展报告。请核对 id。"),
    @Description("Only a submitted report awaits an answer. Read the report's state.")
    PROGRESS_REPORT_NOT_SUBMITTED("只有已提交的报告才等待答复。请查看报告状态。"),
    @Description("No mandatory report with this id that you may see. Check the id.")
    PROTECTION_REPORT_NOT_FOUND("没有您可查看的该 id 强制报告。请核对 id。"),
    @Description("No mandatory report about this child with this id that you handle. Check the report and the child.")
    PROTECTION_REPORT_NOT_OF_CHILD("没有您处理的、关于该儿童的该 id 强制报告。请核对报告与儿童。"),
    @Description("The mandatory report is about another child. Name the report of this child.")
    PROTECTION_REPORT_OF_ANOTHER_CHILD("该强制报告涉及另一名儿童。请指定本儿童的报告。"),
    @Description("The service date lies before the child's birth or after today. Send a date in range.")
    PROVIDED_ON_INVALID("服务日期早于儿童出生日或晚于今天。请提交范围内的日期。"),
    @Description("The query selects more fields than the complexity limit allows. Select fewer fields or split the "
            + "query.")
    QUERY_TOO_COMPLEX("查询字段数超过复杂度上限。请减少字段或拆分查询。"),
    @Description("The query is nested deeper than the limit. Flatten it or split it.")
    QUERY_TOO_DEEP("查询嵌套深度超过上限。请减少嵌套或拆分查询。"),
    @Description("The app has used its daily quota of requests (429). Wait for the next day (Retry-After says how "
            + "long).")
    QUOTA_EXCEEDED("应用已用完每日请求配额（429）。请等到次日（Retry-After 给出等待秒数）。"),
    @Description("The date the concern was raised lies in the future. Send today or an earlier date.")
    RAISED_ON_INVALID("问题提出日期晚于今天。请提交今天或更早的日期。"),
    @Description("Too many requests from the app in this minute (429). Wait as Retry-After says, then send again.")
    RATE_LIMITED("应用本分钟内请求过多（429）。请按 Retry-After 等待后再发送。"),
    @Description("A reason is required here (why it ends, is cancelled, is corrected or is revealed). State the "
            + "reason.")
    REASON_REQUIRED("此处需要理由（结束、取消、更正或查看全号的原因）。请说明理由。"),
    @Description("The receipt is closed already. Read it again; nothing was changed.")
    RECEIPT_CLOSED("该回执已关闭。请重新读取；未作任何更改。"),
    @Description("The receipt was acknowledged already. Read it again; nothing was changed.")
    RECEIPT_NOT_OPEN("该回执已确认。请重新读取；未作任何更改。"),
    @Description("No rectification task with this id that you may reach. Check the id.")
    RECTIFICATION_TASK_NOT_FOUND("没有您可访问的该 id 整改任务。请核对 id。"),
    @Description("Only an accepted referral is closed. Accept it first, or read its state.")
    REFERRAL_NOT_ACCEPTED("只有已接受的转介才能关闭。请先接受，或查看其状态。"),
    @Description("No referral with this id that you may reach. Check the id.")
    REFERRAL_NOT_FOUND("没有您可访问的该 id 转介。请核对 id。"),
    @Description("The referral was answered already. Read it again; nothing was changed.")
    REFERRAL_NOT_PENDING("该转介已答复。请重新读取；未作任何更改。"),
    @Description("A referred concern needs its receiver. Say who it was referred to.")
    REFERRED_TO_REQUIRED("转介的问题需要接收方。请说明转介给谁。"),
    @Description("The agreement's regions are empty, unknown or more than allowed. List known region codes.")
    REGIONS_INVALID("协议的地区为空、未知或超过允许数量。请列出已知的区划代码。"),
    @Description("The region is not of a level this allows (a spot check is of a county or a city). Choose a region "
            + "of that level.")
    REGION_LEVEL_NOT_ALLOWED("该区划级别不符合要求（抽查对象为县或市）。请选择相应级别的区划。"),
    @Description("No region with this code. Check the code against the region tree.")
    REGION_NOT_FOUND("没有该代码的区划。请对照区划树核对代码。"),
    @Description("The region lies outside your jurisdiction (or your organization's region). Choose a region you may "
            + "reach.")
    REGION_OUT_OF_SCOPE("该区划超出您的辖区（或本机构所在区域）。请选择您可访问的区划。"),
    @Description("regionPrefix is not 2 to 12 digits of a region code. Send a valid prefix.")
    REGION_PREFIX_INVALID("regionPrefix 不是区划代码的 2 到 12 位数字。请提交有效前缀。"),
    @Description("The region is not of the level this needs (e.g. a county or above). Choose a region of that level.")
    REGION_WRONG_LEVEL("区划级别不符合要求（例如县级及以上）。请选择相应级别的区划。"),
    @Description("The registration date lies before the birth date or after today. Send a date in range.")
    REGISTERED_ON_INVALID("登记日期早于出生日期或晚于今天。请提交范围内的日期。"),
    @Description("The rehabilitation step has finished already. Read it again; nothing was changed.")
    REHABILITATION_RECORD_FINISHED("该康复步骤已完成。请重新读取；未作任何更改。"),
    @Description("No rehabilitation record with this id that you may reach. Check the id.")
    REHABILITATION_RECORD_NOT_FOUND("没有您可访问的该 id 康复记录。请核对 id。"),
    @Description("The place of a mandatory report is not a village or a township. Name one.")
    REPORT_PLACE_INVALID("强制报告的地点不是村或乡镇。请指定村或乡镇。"),
    @Description("The activity's report is missing. Give the report.")
    REPORT_REQUIRED("缺少活动报告。请填写报告。"),
    @Description("A required value is missing. Give it.")
    REQUIRED("缺少必填值。请填写。"),
    @Description("The residence code is not a village. Name the child's village.")
    RESIDENCE_NOT_A_VILLAGE("居住地代码不是村级。请填写儿童所在村。"),
    @Description("The village lies outside your jurisdiction. Register only children of your villages.")
    RESIDENCE_OUT_OF_SCOPE("该村超出您的辖区。请只登记辖区内村的儿童。"),
    @Description("The resolution is missing. Say how the concern was resolved.")
    RESOLUTION_REQUIRED("缺少解决情况。请说明问题如何解决。"),
    @Description("The resolution date is not a date, or lies before the concern was raised or after today. Send a "
            + "date in range.")
    RESOLVED_ON_INVALID("解决日期不是日期，或早于问题提出日、晚于今天。请提交范围内的日期。"),
    @Description("The review date lies before the start or after today. Send a date in range.")
    REVIEWED_ON_INVALID("复查日期早于开始日或晚于今天。请提交范围内的日期。"),
    @Description("The next review lies before the start (or the last review) or more than a year after it. Send a "
            + "date in range.")
    REVIEW_ON_INVALID("下次复查早于开始日（或上次复查），或超过一年后。请提交范围内的日期。"),
    @Description("The round's deadline has passed. Nothing more is submitted to it.")
    ROUND_CLOSED("该轮截止日期已过，不再接受提交。"),
    @Description("The year's round is open already. Use that round.")
    ROUND_EXISTS("本年度的征集轮次已开启。请使用该轮次。"),
    @Description("No round of this year. Open the year's round first, or ask for another year.")
    ROUND_NOT_FOUND("该年度没有征集轮次。请先开启，或查询其他年度。"),
    @Description("A reporting route is for a county, a city or the province. Choose a region of those levels.")
    ROUTE_REGION_INVALID("报送路径只适用于县、市或省。请选择这些级别的区划。"),
    @Description("Only safety education names safety topics. Leave the topics out.")
    SAFETY_TOPIC_NOT_APPLICABLE("只有安全教育活动才填写安全主题。请去掉主题。"),
    @Description("Safety education needs its topics. Name what it covers.")
    SAFETY_TOPIC_REQUIRED("安全教育需要填写主题。请说明涵盖内容。"),
    @Description("A referral goes to another organization. Choose a different receiver.")
    SAME_ORGANIZATION("转介须转给其他机构。请选择其他接收方。"),
    @Description("No school with this id in your region. Check the id.")
    SCHOOL_NOT_FOUND("您所在区域没有该 id 的学校。请核对 id。"),
    @Description("A score is not 0 to 100. Send a score in that range.")
    SCORE_INVALID("分数不在 0 到 100 之间。请提交该范围内的分数。"),
    @Description("The seed is not 1 to 64 letters, digits, '-' or '_'. Send a valid seed.")
    SEED_INVALID("种子不是 1 到 64 个字母、数字、“-”或“_”。请提交有效种子。"),
    @Description("Too many requests are waiting; this one was not run (HTTP 503 with Retry-After). Retry after the "
            + "given seconds.")
    SERVICE_BUSY("等待的请求过多，本请求未执行（HTTP 503，附 Retry-After）。请在给定秒数后重试。"),
    @Description("The database was briefly unavailable; this part of the request was not done (HTTP 503 when nothing "
            + "was). Retry shortly.")
    SERVICE_UNAVAILABLE("数据库暂时不可用，本部分请求未执行（全部未执行时为 HTTP 503）。请稍后重试。"),
    @Description("Sessions are given where they do not count, or are not a whole number within plan (1 to 1000, "
            + "completed not above planned). Fix the numbers.")
    SESSIONS_INVALID("在不计次数的服务中填写了次数，或次数不是计划内的整数（1 到 1000，完成数不超过计划数）。请修正。"),
    @Description("The replay's since lies in the future. Send a past time.")
    SINCE_INVALID("重放的起始时间在未来。请提交过去的时间。"),
    @Description("A spot check of this region and year exists already. Use that one.")
    SPOT_CHECK_EXISTS("该区域该年度的抽查已存在。请使用该抽查。"),
    @Description("No spot-checked file with this id that you may reach. Check the id.")
    SPOT_CHECK_FILE_NOT_FOUND("没有您可访问的该 id 抽查档案。请核对 id。"),
    @Description("No spot check with this id that you may reach. Check the id.")
    SPOT_CHECK_NOT_FOUND("没有您可访问的该 id 抽查。请核对 id。"),
    @Description("The start date is not a date or lies outside its allowed range (after the child's birth, not too "
            + "far ahead). Send a date in range.")
    STARTS_ON_INVALID("开始日期不是日期或超出允许范围（晚于儿童出生日、不过于超前）。请提交范围内的日期。"),
    @Description("The record is not at a step you may take now. Read its state first.")
    STATE_INVALID("该记录当前不处于您可执行的步骤。请先查看其状态。"),
    @Description("The status cannot change this way (an activity goes from planned to held or cancelled). Read its "
            + "status first.")
    STATUS_CHANGE_INVALID("状态不能这样变更（活动从计划到已举办或取消）。请先查看其状态。"),
    @Description("Your organization has as many live webhook subscriptions as allowed. Delete one first.")
    SUBSCRIPTION_LIMIT_REACHED("本组织的有效回调订阅已达上限。请先删除一个。"),
    @Description("The subscription is not in a state that allows this (e.g. resuming one that is not paused, or "
            + "changing a deleted one). Read it again.")
    SUBSCRIPTION_STATUS_INVALID("订阅当前状态不允许此操作（如恢复未暂停的订阅，或修改已删除的订阅）。请重新读取。"),
    @Description("A note on the support given is missing. Say what makes the current caregiver able to care.")
    SUPPORT_NOTE_REQUIRED("缺少帮扶说明。请说明使现照护人能够照料的支持措施。"),
    @Description("The time the child was taken into care lies before the discovery or in the future. Send a time in "
            + "range.")
    TAKEN_AT_INVALID("接收时间早于发现时间或晚于现在。请提交范围内的时间。"),
    @Description("A webhook attempt's error class: the callback's host resolved to a non-public address at sending "
            + "time, so nothing was sent. Point the host at a public address.")
    TARGET_NOT_ALLOWED("回调投递尝试的错误类别：发送时回调主机解析为非公网地址，未发送。请将主机指向公网地址。"),
    @Description("The rectification task is not marked done. Mark it done first.")
    TASK_NOT_DONE("整改任务尚未标记完成。请先标记完成。"),
    @Description("The rectification task is not open. Read its state.")
    TASK_NOT_OPEN("整改任务未处于打开状态。请查看其状态。"),
    @Description("The text is longer than allowed. Shorten it.")
    TOO_LONG("文本过长。请缩短。"),
    @Description("The list holds more items than allowed. Send fewer.")
    TOO_MANY("列表项数超过上限。请减少。"),
    @Description("The query uses more aliases than allowed. Use fewer aliases or split the query.")
    TOO_MANY_ALIASES("查询使用的别名超过上限。请减少别名或拆分查询。"),
    @Description("More evidence references than allowed. Send fewer.")
    TOO_MANY_EVIDENCE_REFERENCES("证据引用超过上限。请减少。"),
    @Description("More ids than allowed in one request. Send fewer per request.")
    TOO_MANY_IDS("单次请求的 id 超过上限。请分批发送。"),
    @Description("The uploaded file holds more rows than allowed. Split the file.")
    TOO_MANY_ROWS("上传文件行数超过上限。请拆分文件。"),
    @Description("townshipCode is not the 12-digit code of a township. Send a township's code.")
    TOWNSHIP_CODE_INVALID("townshipCode 不是乡镇的 12 位代码。请提交乡镇代码。"),
    @Description("No training session with this id that you may reach. Check the id.")
    TRAINING_SESSION_NOT_FOUND("没有您可访问的该 id 培训。请核对 id。"),
    @Description("No valid sign-in: the bearer token is missing, expired or not accepted. Get a new token and retry.")
    UNAUTHENTICATED("没有有效登录：缺少访问令牌、令牌已过期或不被接受。请获取新令牌后重试。"),
    @Description("A quoted field in the uploaded file is not closed. Fix the quotes on that line.")
    UNBALANCED_QUOTES("上传文件中的引号字段未闭合。请修正该行引号。"),
    @Description("An operation named in the agreement is not a root field of the graph. Check the names against the "
            + "schema.")
    UNKNOWN_OPERATION("协议中列出的操作不是图的根字段。请对照模式核对名称。"),
    @Description("The request's media type is not one the endpoint reads (HTTP 415). Send application/json.")
    UNSUPPORTED_MEDIA_TYPE("请求媒体类型不受支持（HTTP 415）。请使用 application/json。"),
    @Description("The input broke one or more rules and nothing was written; extensions.problems lists each with its "
            + "field and code. Fix them and send again.")
    VALIDATION_FAILED("输入违反一项或多项规则，未写入任何数据；extensions.problems 列出每一项及其字段和代码。请修正后重新提交。"),
    @Description("A rule-of-law vice-principal gives LEGAL_EDUCATION at their own school only. Fix the kind or the "
            + "school.")
    VICE_PRINCIPAL_INVALID("法治副校长只在本校开展 LEGAL_EDUCATION。请修正活动类型或学校。"),
    @Description("villageCode is not a known village. Send a village's code.")
    VILLAGE_INVALID("villageCode 不是已知的村。请提交村级代码。"),
    @Description("The visit time is not a date and time, or lies before the child's birth or in the future. Send a "
            + "time in range.")
    VISITED_AT_INVALID("走访时间不是日期时间，或早于儿童出生、晚于现在。请提交范围内的时间。"),
    @Description("No visit with this id that you may reach. Check the id.")
    VISIT_NOT_FOUND("没有您可访问的该 id 走访记录。请核对 id。"),
    @Description("The volunteer has as many active pairings as allowed. Choose another volunteer or end a pairing.")
    VOLUNTEER_AT_CAPACITY("该志愿者的在结对数已达上限。请选择其他志愿者或结束一个结对。"),
    @Description("The volunteer is not active. Choose an active volunteer.")
    VOLUNTEER_INACTIVE("该志愿者不在岗。请选择在岗志愿者。"),
    @Description("No volunteer of your organization with this id. Check the id.")
    VOLUNTEER_NOT_FOUND("本机构没有该 id 的志愿者。请核对 id。"),
    @Description("No webhook delivery with this id of your organization's subscriptions. Check the id.")
    WEBHOOK_DELIVERY_NOT_FOUND("本组织订阅中没有该 id 的回调投递。请核对 id。"),
    @Description("No webhook subscription with this id of your organization. Check the id; another organization's "
            + "subscription looks like a missing one.")
    WEBHOOK_SUBSCRIPTION_NOT_FOUND("本组织没有该 id 的回调订阅。请核对 id；其他组织的订阅与不存在的一样处理。"),
    @Description("A line of the upload does not have 3 fields (code, name, parent_code). Fix the line.")
    WRONG_FIELD_COUNT("上传文件某行不是 3 个字段（code、name、parent_code）。请修正该行。"),
    @Description("The year lies outside its allowed range (2000 to this year, or as the message says). Send a year in "
            + "range.")
    YEAR_INVALID("年份超出允许范围（2000 年至今年，或如提示所述）。请提交范围内的年份。"),
    @Description("The year lies outside the range this accepts. Send a year in range.")
    YEAR_OUT_OF_RANGE("年份超出可接受范围。请提交范围内的年份。");

    private static final Set<String> NAMES = Arrays.stream(values()).map(Enum::name).collect(Collectors.toSet());

    private final String chinese;

    ErrorCode(String chinese) {
        this.chinese = chinese;
    }

    /** What the code means and what to do, in English: the schema's description of the value. */
    public String description() {
        try {
            return ErrorCode.class.getField(name()).getAnnotation(Description.class).value();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the code means and what to do, in Chinese. */
    public String chineseDescription() {
        return chinese;
    }

    /** Whether {@code code} is one of the catalogue's codes. */
    public static boolean isCatalogued(String code) {
        return NAMES.contains(code);
    }
}
