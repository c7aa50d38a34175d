package org.tonghu.referral;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A referral as the graph shows it; the child and the organizations are resolved in batches. */
@Type("Referral")
@Description("A referral (转介) of a child from one agency to another, and its answer and outcome.")
public record ReferralView(
        @NonNull @Id String id,
        @NonNull @Id String childId,
        @Id String fromOrganizationId,
        @Description("The referrer's jurisdiction, when regional staff referred.") String fromRegionCode,
        @NonNull String referredByName,
        @NonNull @Id String toOrganizationId,
        @NonNull NeedCategory needCategory,
        @NonNull String need,
        @NonNull ReferralUrgency urgency,
        @NonNull ConsentBasis consentBasis,
        @NonNull ReferralStatus status,
        @NonNull OffsetDateTime referredAt,
        @NonNull @Description("When the receiver must have accepted or declined.") OffsetDateTime respondBy,
        @NonNull @Description("Still pending after respondBy.") boolean acceptanceOverdue,
        OffsetDateTime respondedAt,
        String respondedByName,
        String declineReason,
        String outcome,
        LocalDate closedOn,
        @NonNull @Description("Pass as expectedVersion when answering or closing.") int version) {

    static ReferralView of(Referral referral, OffsetDateTime now) {
        return new ReferralView(referral.id.toString(), referral.childId.toString(),
                referral.fromOrganizationId == null ? null : referral.fromOrganizationId.toString(),
                referral.fromRegionCode, referral.referredByName, referral.toOrganizationId.toString(),
                referral.needCategory, referral.need, referral.urgency, referral.consentBasis, referral.status,
                referral.referredAt, referral.respondBy,
                referral.status == ReferralStatus.PENDING && referral.respondBy.isBefore(now), referral.respondedAt,
                referral.respondedByName, referral.declineReason, referral.outcome, referral.closedOn,
                (int) referral.version);
    }
}
