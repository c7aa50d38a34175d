package org.tonghu.datasharing;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** The webhook events an agreement may let its app subscribe to. */
@Enum("WebhookEventKind")
@Description("A kind of webhook event an app may subscribe to, if its data-sharing agreement lists it.")
public enum WebhookEventKind {
    @Description("A referral to the app's organization was received (转介).")
    REFERRAL_RECEIVED,
    @Description("A referral the app's organization made was answered.")
    REFERRAL_ANSWERED,
    @Description("An activity was published (活动).")
    ACTIVITY_PUBLISHED,
    @Description("A mandatory report the app's organization filed was acknowledged (强制报告).")
    REPORT_ACKNOWLEDGED
}
