package org.tonghu.datasharing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import org.tonghu.webhook.WebhookEventKind;

/** A data-sharing agreement as the province sees it. */
@Type("DataSharingAgreement")
@Description("A third-party app's data-sharing agreement (数据共享协议; PIPL art. 13, 23).")
public record DataSharingAgreementView(
        @Description("The agreement's ID.") @NonNull @Id String id,
        @Description("The app's OAuth client id.") @NonNull String clientId,
        @Description("The organization the app acts for.") @NonNull @Id String organizationId,
        @Description("The organization's name.") String organizationName,
        @Description("What the app processes the data for.") @NonNull String purpose,
        @Description("The legal basis.") @NonNull LegalBasis legalBasis,
        @Description("The regions the app may read (12-digit codes).") @NonNull List<@NonNull String> regionCodes,
        @Description("How much of the data it opens.") @NonNull FieldSet fieldSet,
        @Description("The root fields the app may call.") @NonNull List<@NonNull String> operations,
        @Description("The webhook events the app may subscribe to.") @NonNull
        List<@NonNull WebhookEventKind> webhookEvents,
        @Description("The first day of the term.") @NonNull LocalDate startsOn,
        @Description("The last day of the term.") @NonNull LocalDate expiresOn,
        @Description("Requests per minute allowed.") int requestsPerMinute,
        @Description("Requests per day allowed (China time).") int dailyQuota,
        @Description("Where it stands today.") @NonNull AgreementState state,
        @Description("When it was revoked.") OffsetDateTime revokedAt,
        @Description("Why it was revoked.") String revokedReason,
        @Description("Who registered it.") @NonNull String registeredByName,
        @Description("The version, for expectedVersion.") long version) {

    static DataSharingAgreementView of(DataSharingAgreement agreement, String organizationName, LocalDate today) {
        return new DataSharingAgreementView(agreement.id.toString(), agreement.clientId,
                agreement.organizationId.toString(), organizationName, agreement.purpose, agreement.legalBasis,
                agreement.regionCodeList(), agreement.fieldSet, agreement.operationList(),
                agreement.webhookEventList().stream().map(WebhookEventKind::valueOf).toList(), agreement.startsOn,
                agreement.expiresOn, agreement.requestsPerMinute, agreement.dailyQuota, agreement.stateOn(today),
                agreement.revokedAt, agreement.revokedReason, agreement.registeredByName, agreement.version);
    }
}
