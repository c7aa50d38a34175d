package org.tonghu.child;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tonghu.policy.CarePolicy;
import org.tonghu.time.ChinaTime;

/**
 * When a partner organization's relationship with a child opens and closes: the one place for these rules. The
 * relationships (rows of {@code child_organization_relationship}) are what {@link ChildScope} lets an organization
 * reach a child through; each is keyed by the registry's kind and record, so ending one never ends another. The
 * follow-up periods come from {@link CarePolicy.PartnerAccess}.
 *
 * <ul>
 * <li>A pairing: from its start (today at the latest) until the day it ends.</li>
 * <li>A referral: the receiver from the day it is sent; a decline ends it the day before, a close on its day.</li>
 * <li>Rehabilitation: from its start (today at the latest); an assessment until its follow-up period after it ends
 * (or once finished), any other service until its follow-up period after it is finished.</li>
 * <li>An activity attended: the organizer from the day of the activity until its follow-up period after it.</li>
 * <li>A mandatory report: each receiving body from the day the report names the child until it closes its receipt
 * (police, education and civil affairs must find the child, its guardians and its director to act).</li>
 * </ul>
 */
@ApplicationScoped
public class ChildRelationships {

    /** The kinds of relationship, as stored; each names the registry that keeps it. */
    enum Kind {
        PAIRING, REFERRAL, REHABILITATION, ATTENDANCE, PROTECTION_REPORT
    }

    private final ChildRelationshipStore store;
    private final CarePolicy.PartnerAccess partnerAccess;

    ChildRelationships(ChildRelationshipStore store, CarePolicy policy) {
        this.store = store;
        this.partnerAccess = policy.partnerAccess();
    }

    /** A pairing was registered: its organization reaches the child from its start until it ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void pairingStarted(UUID childId, UUID organizationId, UUID pairingId, LocalDate startsOn) {
        store.open(childId, organizationId, Kind.PAIRING.name(), pairingId, notAfterToday(startsOn), null);
    }

    /** A pairing ended: its last day of access is the day it ended. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void pairingEnded(UUID pairingId, LocalDate endedOn) {
        store.end(Kind.PAIRING.name(), pairingId, endedOn);
    }

    /** A child was referred: the receiving organization reaches the child from today until the referral ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void referralSent(UUID childId, UUID receivingOrganizationId, UUID referralId) {
        store.open(childId, receivingOrganizationId, Kind.REFERRAL.name(), referralId, ChinaTime.today(), null);
    }

    /** A mandatory report naming the child reached a receiving body (its receipt): it reaches the child from today. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void protectionReportReceived(UUID childId, UUID receivingOrganizationId, UUID receiptId) {
        store.open(childId, receivingOrganizationId, Kind.PROTECTION_REPORT.name(), receiptId, ChinaTime.today(),
                null);
    }

    /** A receiving body closed its receipt of a mandatory report: its last day of access is today. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void protectionReportClosed(UUID receiptId) {
        store.end(Kind.PROTECTION_REPORT.name(), receiptId, ChinaTime.today());
    }

    /** A referral was declined: the receiver's access ends now (its last day was yesterday). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void referralDeclined(UUID referralId) {
        store.end(Kind.REFERRAL.name(), referralId, ChinaTime.today().minusDays(1));
    }

    /** A referral was closed: the receiver's last day of access is the day it closed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void referralClosed(UUID referralId, LocalDate closedOn) {
        store.end(Kind.REFERRAL.name(), referralId, closedOn);
    }

    /**
     * A rehabilitation record was written or updated: its provider reaches the child from its start, and after it
     * ends for the follow-up period of an assessment or of a service.
     *
     * @param assessment whether the record is an assessment (not a service given over sessions)
     * @param finished whether the record is completed or stopped
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rehabilitationRecorded(UUID childId, UUID providerId, UUID recordId, LocalDate startsOn,
            LocalDate endsOn, boolean assessment, boolean finished) {
        LocalDate until;
        if (assessment) {
            LocalDate end = endsOn != null ? endsOn : startsOn;
            until = finished || endsOn != null ? end.plusDays(partnerAccess.daysAfterRehabilitationAssessment()) : null;
        } else {
            until = finished ? endsOn.plusDays(partnerAccess.daysAfterRehabilitationService()) : null;
        }
        store.open(childId, providerId, Kind.REHABILITATION.name(), recordId, notAfterToday(startsOn), until);
    }

    /** A child attended an activity: its organizer reaches the child from that day for the follow-up period. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void attended(UUID childId, UUID organizerId, UUID activityId, LocalDate day) {
        store.open(childId, organizerId, Kind.ATTENDANCE.name(), activityId, day,
                day.plusDays(partnerAccess.daysAfterActivityAttendance()));
    }

    private static LocalDate notAfterToday(LocalDate day) {
        LocalDate today = ChinaTime.today();
        return day.isAfter(today) ? today : day;
    }
}
