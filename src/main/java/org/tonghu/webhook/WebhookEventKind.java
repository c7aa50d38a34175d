package org.tonghu.webhook;

import org.eclipse.microprofile.graphql.Description;

/** What a webhook tells a third-party app about; each event names the records, never a child's personal data. */
@Description("The events a third-party app can subscribe to with a webhook (回调通知). Each delivery names the records "
        + "by id; the app reads the details through the API with its own token.")
public enum WebhookEventKind {
    @Description("A referral (转介) to your organization was made: data.referralId.")
    REFERRAL_RECEIVED,
    @Description("A referral your organization made was accepted or declined: data.referralId and data.status.")
    REFERRAL_ANSWERED,
    @Description("An activity (活动) your organization may see was announced: data.activityId and data.activityKind.")
    ACTIVITY_PUBLISHED,
    @Description("A mandatory report (强制报告) your organization filed was acknowledged by a receiver: data.reportId, "
            + "data.receiptId and data.receiverKind.")
    REPORT_ACKNOWLEDGED
}
