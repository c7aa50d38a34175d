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
        @NonNull @Id @Description("The referral's ID.") String id,
        @NonNull @Id @Description("The child referred.") String childId,
        @Id @Description("The referring organization, when staff of an organization referred.")
        String fromOrganizationId,
        @Description("The referrer's jurisdiction, when regional staff referred.") String fromRegionCode,
        @NonNull @Description("Who referred.") String referredByName,
        @NonNull @Id @Description("The receiving organization.") String toOrganizationId,
        @NonNull @Description("What kind of help is asked for.") NeedCategory needCategory,
        @NonNull @Description("What the child needs.") String need,
        @NonNull @Description("How soon the receiver must answer.") ReferralUrgency urgency,
        @NonNull @Description("On what basis the child's information is shared.") ConsentBasis consentBasis,
        @NonNull @Description("Where it stands.") ReferralStatus status,
        @NonNull OffsetDateTime referredAt,
        @NonNull @Description("When the receiver must have accepted or declined.") OffsetDateTime respondBy,
        @NonNull @Description("Still pending after respondBy.") boolean acceptanceOverdue,
        OffsetDateTime respondedAt,
        @Description("Who accepted or declined; null while pending.") String respondedByName,
        @Description("Why it was declined, when DECLINED.") String declineReason,
        @Description("What came of it, when CLOSED.") String outcome,
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
