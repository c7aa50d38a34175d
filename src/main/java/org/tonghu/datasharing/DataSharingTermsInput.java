package org.tonghu.datasharing;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import org.tonghu.webhook.WebhookEventKind;

/** The terms of a data-sharing agreement, as registered or updated. */
@Input("DataSharingTermsInput")
@Description("The terms of a data-sharing agreement.")
public record DataSharingTermsInput(
        @Name("purpose") @Description("What the app processes the data for (处理目的), 1 to 1000 characters.") @NonNull
        String purpose,
        @Name("legalBasis") @Description("The legal basis (PIPL art. 13).") @NonNull LegalBasis legalBasis,
        @Name("regionCodes") @Description("The regions the app may read: 12-digit region codes, 1 to 100.") @NonNull
        List<@NonNull String> regionCodes,
        @Name("fieldSet") @Description("How much of the data the agreement opens.") @NonNull FieldSet fieldSet,
        @Name("operations") @Description("The root fields of the graph the app may call (queries and mutations), "
                + "1 to 200; each must exist in the schema.") @NonNull List<@NonNull String> operations,
        @Name("webhookEvents") @DefaultValue("[]") @Description("The webhook events the app may subscribe to; "
                + "default none.")
        List<@NonNull WebhookEventKind> webhookEvents,
        @Name("startsOn") @Description("The first day of the term.") @NonNull LocalDate startsOn,
        @Name("expiresOn") @Description("The last day of the term, after startsOn.") @NonNull LocalDate expiresOn,
        @Name("requestsPerMinute") @Description("Requests per minute the app may make, 1 to 10000; default 60.")
        Integer requestsPerMinute,
        @Name("dailyQuota") @Description("Requests per day (China time) the app may make, 1 to 10000000; default "
                + "10000.") Integer dailyQuota) {
}
