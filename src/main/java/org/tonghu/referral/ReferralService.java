package org.tonghu.referral;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tonghu.audit.AuditLog;
import org.tonghu.audit.AuditOperation;
import org.tonghu.audit.AuditRecordType;
import org.tonghu.child.ChildAccess;
import org.tonghu.child.ChildRelationships;
import org.tonghu.child.ChildService;
import org.tonghu.graphql.Ids;
import org.tonghu.graphql.PageRequest;
import org.tonghu.graphql.Problem;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.notification.Addressee;
import org.tonghu.notification.Notice;
import org.tonghu.notification.NotificationKind;
import org.tonghu.notification.NotificationService;
import org.tonghu.organization.OrganizationService;
import org.tonghu.organization.OrganizationView;
import org.tonghu.policy.CarePolicy;
import org.tonghu.region.RegionService;
import org.tonghu.regioncode.RegionCode;
import org.tonghu.security.AccessScope;
import org.tonghu.security.CurrentUser;
import org.tonghu.time.ChinaTime;
import org.tonghu.validation.TextRules;
import org.tonghu.webhook.WebhookOutbox;

/**
 * Referrals between agencies. Anyone who works with a child may refer them to another organization; the receiving
 * organization reaches the child while the referral is open, answers by a deadline set by the urgency, and closes an
 * accepted referral with an outcome that the sender and the child's file see.
 */
@ApplicationScoped
public class ReferralService {

    /** What the alerts about a referral name as their subject. */
    static final String SUBJECT_TYPE = "REFERRAL";

    static final String CURSOR_KIND = "referral";
    static final String ORGANIZATION_NOT_FOUND = "ORGANIZATION_NOT_FOUND";
    static final String SAME_ORGANIZATION = "SAME_ORGANIZATION";
    static final String REFERRAL_NOT_PENDING = "REFERRAL_NOT_PENDING";
    static final String REFERRAL_NOT_ACCEPTED = "REFERRAL_NOT_ACCEPTED";
    static final String REASON_REQUIRED = "REASON_REQUIRED";
    static final String CLOSED_ON_INVALID = "CLOSED_ON_INVALID";

    private final ReferralStore store;
    private final ChildService children;
    private final ChildRelationships relationships;
    private final OrganizationService organizations;
    private final RegionService regions;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final NotificationService notifications;
    private final WebhookOutbox webhooks;
    private final Map<ReferralUrgency, Duration> answerWithin;

    ReferralService(ReferralStore store, ChildService children, ChildRelationships relationships,
            OrganizationService organizations, RegionService regions, CurrentUser currentUser, AuditLog audit,
            NotificationService notifications, CarePolicy policy, WebhookOutbox webhooks) {
        this.store = store;
        this.regions = regions;
        this.children = children;
        this.relationships = relationships;
        this.organizations = organizations;
        this.currentUser = currentUser;
        this.audit = audit;
        this.notifications = notifications;
        this.webhooks = webhooks;
        this.answerWithin = Map.of(ReferralUrgency.ROUTINE, policy.referral().answerWithinRoutine(),
                ReferralUrgency.URGENT, policy.referral().answerWithinUrgent(),
                ReferralUrgency.EMERGENCY, policy.referral().answerWithinEmergency());
    }

    /** Refers a child the caller works with to another organization, which reaches the child from now on. */
    @Transactional
    public ReferralView referChild(ReferralInput input) {
        ChildAccess child = children.requireAccess("input.childId", input.childId(), AuditOperation.REFERRAL_CREATE);
        Optional<UUID> ownOrganization = currentUser.organizationId();
        List<Problem> problems = new ArrayList<>();
        if (!child.fileOpen()) {
            problems.add(Problem.ofField("input.childId", ChildAccess.CHILD_FILE_CLOSED,
                    "The child's file is closed."));
        }
        UUID target = Ids.parse("input.toOrganizationId", input.toOrganizationId());
        if (organizations.findOrganization(target).isEmpty()) {
            problems.add(Problem.ofField("input.toOrganizationId", ORGANIZATION_NOT_FOUND,
                    "No organization with this id."));
        } else if (ownOrganization.filter(target::equals).isPresent()) {
            problems.add(Problem.ofField("input.toOrganizationId", SAME_ORGANIZATION,
                    "A referral goes to another organization."));
        }
        String need = TextRules.text("input.need", input.need(), 1000, true, problems);
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        OffsetDateTime now = ChinaTime.now();
        Referral referral = new Referral();
        referral.id = UUID.randomUUID();
        referral.childId = child.childId();
        referral.fromOrganizationId = ownOrganization.orElse(null);
        referral.fromRegionCode = child.throughJurisdiction()
                ? currentUser.region().map(code -> code.value()).orElse(null) : null;
        if (referral.fromOrganizationId == null && referral.fromRegionCode == null) {
            throw currentUser.refused();
        }
        referral.referredByName = currentUser.displayName();
        referral.referredBySubject = currentUser.subject();
        referral.toOrganizationId = target;
        referral.needCategory = input.needCategory();
        referral.need = need;
        referral.urgency = input.urgency();
        referral.consentBasis = input.consentBasis();
        referral.status = ReferralStatus.PENDING;
        referral.referredAt = now;
        referral.respondBy = now.plus(answerWithin.get(input.urgency()));
        store.persistAndFlush(referral);
        relationships.referralSent(child.childId(), target, referral.id);
        notifications.send(new Notice(NotificationKind.REFERRAL_TO_ANSWER, SUBJECT_TYPE, referral.id,
                Addressee.organization(target), "referred", referral.respondBy));
        webhooks.referralReceived(referral.id, target);
        audit.event(AuditOperation.REFERRAL_CREATE).record(referral.id).succeeded();
        return ReferralView.of(referral, now);
    }

    /** The receiving organization takes the referral on. */
    @Transactional
    public ReferralView acceptReferral(String id, int expectedVersion) {
        Referral referral = requireReceived(id, expectedVersion, AuditOperation.REFERRAL_ACCEPT);
        requireStatus(referral, ReferralStatus.PENDING, REFERRAL_NOT_PENDING);
        referral.status = ReferralStatus.ACCEPTED;
        answered(referral);
        return save(referral, AuditOperation.REFERRAL_ACCEPT, null);
    }

    /** The receiving organization declines with a reason; its access to the child through the referral ends at once. */
    @Transactional
    public ReferralView declineReferral(String id, int expectedVersion, String reason) {
        Referral referral = requireReceived(id, expectedVersion, AuditOperation.REFERRAL_DECLINE);
        List<Problem> problems = new ArrayList<>();
        if (referral.status != ReferralStatus.PENDING) {
            problems.add(Problem.ofField("id", REFERRAL_NOT_PENDING, "The referral was answered already."));
        }
        String statedReason = TextRules.text("reason", reason, 500, true, problems);
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        referral.status = ReferralStatus.DECLINED;
        referral.declineReason = statedReason;
        answered(referral);
        relationships.referralDeclined(referral.id);
        return save(referral, AuditOperation.REFERRAL_DECLINE, statedReason);
    }

    /** The receiving organization closes an accepted referral with its outcome. */
    @Transactional
    public ReferralView closeReferral(String id, int expectedVersion, String outcome, LocalDate closedOn) {
        Referral referral = requireReceived(id, expectedVersion, AuditOperation.REFERRAL_CLOSE);
        List<Problem> problems = new ArrayList<>();
        if (referral.status != ReferralStatus.ACCEPTED) {
            problems.add(Problem.ofField("id", REFERRAL_NOT_ACCEPTED, "Only an accepted referral is closed."));
        }
        String statedOutcome = TextRules.text("outcome", outcome, 1000, true, problems);
        LocalDate day = closedOn == null ? ChinaTime.today() : closedOn;
        if (day.isAfter(ChinaTime.today()) || day.isBefore(referral.referredAt.toLocalDate())) {
            problems.add(Problem.ofField("closedOn", CLOSED_ON_INVALID,
                    "closedOn lies between the referral and today."));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        referral.status = ReferralStatus.CLOSED;
        referral.outcome = statedOutcome;
        referral.closedOn = day;
        relationships.referralClosed(referral.id, day);
        return save(referral, AuditOperation.REFERRAL_CLOSE, null);
    }

    /**
     * A referral the caller's side received or sent (its organization, or for regional staff its jurisdiction);
     * {@code REFERRAL_NOT_FOUND} otherwise, exactly as for a referral that does not exist. Audited.
     */
    @Transactional
    public ReferralView findReferral(String id) {
        UUID referralId = Ids.parse("id", id);
        Referral referral = store.findById(referralId);
        if (referral == null || !receivedOrSentByCaller(referral)) {
            audit.event(AuditOperation.REFERRAL_READ).record(referralId).notFound();
            throw new ReferralNotFoundException();
        }
        audit.event(AuditOperation.REFERRAL_READ).record(referral.id).succeeded();
        return ReferralView.of(referral, ChinaTime.now());
    }

    private boolean receivedOrSentByCaller(Referral referral) {
        Optional<UUID> organization = currentUser.organizationId();
        if (organization.filter(id -> id.equals(referral.toOrganizationId) || id.equals(referral.fromOrganizationId))
                .isPresent()) {
            return true;
        }
        AccessScope scope = currentUser.childScope();
        return referral.fromRegionCode != null && scope.hasJurisdiction()
                && scope.coversRegion(referral.fromRegionCode);
    }

    /** A page of the referrals the caller's side received or sent, the latest first. */
    @Transactional
    public ReferralConnection listReferrals(ReferralFilter filter, Integer first, String after) {
        PageRequest page = PageRequest.of(first, after, CURSOR_KIND);
        Optional<UUID> organization = currentUser.organizationId();
        ReferralStore.Side side;
        if (filter.direction() == ReferralDirection.RECEIVED) {
            side = ReferralStore.Side.receivedBy(organization.orElseThrow(currentUser::refused));
        } else {
            AccessScope scope = currentUser.childScope();
            Optional<String> jurisdiction = scope.regionPrefix().filter(prefix -> scope.hasJurisdiction());
            if (organization.isEmpty() && jurisdiction.isEmpty()) {
                throw currentUser.refused();
            }
            side = ReferralStore.Side.sentBy(organization, jurisdiction);
        }
        List<String> statuses = filter.statuses() == null ? List.of() : filter.statuses().stream()
                .filter(Objects::nonNull).map(Enum::name).distinct().toList();
        Optional<OffsetDateTime> overdueAt = Boolean.TRUE.equals(filter.acceptanceOverdue())
                ? Optional.of(ChinaTime.now()) : Optional.empty();
        ReferralConnection connection = connection(store.page(side, statuses, overdueAt, page), page, CURSOR_KIND);
        if (!connection.edges().isEmpty()) {
            audit.event(AuditOperation.REFERRAL_LIST)
                    .records(connection.edges().stream().map(e -> e.node().id()).toList()).succeeded();
        }
        return connection;
    }

    /**
     * A page of a child's referrals the caller may see, the latest first; for the child's file: every referral for
     * those who keep the file, for a partner those its organization sent or received.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReferralConnection listReferralsOfChild(ChildAccess child, Integer first, String after) {
        PageRequest page = PageRequest.of(first, after, CURSOR_KIND + "-child");
        List<Referral> rows = store.pageOfChild(child.childId(), child.throughJurisdiction(),
                currentUser.organizationId().orElse(null), page);
        return connection(rows, page, CURSOR_KIND + "-child");
    }

    /**
     * The organizations a child the caller works with can be referred to: those whose region contains the child's
     * village (the village or a region above it), other than the caller's own, by name. An unknown child, or one
     * the caller does not reach, is {@code CHILD_NOT_FOUND}, as when referring it.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrganizationView> receiversFor(String childId) {
        ChildAccess child = children.requireAccess("childId", childId, AuditOperation.REFERRAL_CREATE);
        return organizations.listOrganizationsWorkingIn(new RegionCode(child.residenceVillageCode()),
                currentUser.organizationId());
    }

    private static ReferralConnection connection(List<Referral> referrals, PageRequest page, String kind) {
        OffsetDateTime now = ChinaTime.now();
        List<ReferralView> rows = referrals.stream().map(referral -> ReferralView.of(referral, now)).toList();
        return page.toConnection(rows, kind, referral -> ReferralStore.LATEST_FIRST.key(referral.referredAt(),
                referral.id()), ReferralEdge::new, ReferralConnection::new);
    }

    private Referral requireReceived(String id, int expectedVersion, AuditOperation operation) {
        UUID referralId = Ids.parse("id", id);
        Referral referral = store.findById(referralId);
        if (referral == null || !referral.toOrganizationId.equals(currentUser.organizationId().orElse(null))) {
            audit.event(operation).record(referralId).notFound();
            throw new ReferralNotFoundException();
        }
        if (referral.version != expectedVersion) {
            throw audit.event(operation).record(referralId).conflict();
        }
        return referral;
    }

    private static void requireStatus(Referral referral, ReferralStatus status, String code) {
        if (referral.status != status) {
            throw ValidationFailedException.of("id", code, "The referral is " + referral.status + ".");
        }
    }

    private void answered(Referral referral) {
        referral.respondedAt = ChinaTime.now();
        referral.respondedByName = currentUser.displayName();
        webhooks.referralAnswered(referral.id, referral.status.name(), referral.fromOrganizationId);
    }

    private ReferralView save(Referral referral, AuditOperation operation, String reason) {
        store.flushOrConflict(() -> audit.event(operation).record(referral.id).conflict());
        audit.event(operation).record(referral.id).because(reason).succeeded();
        return ReferralView.of(referral, ChinaTime.now());
    }

    /**
     * Referrals made in a period (China time) of the children living under a region of a civil-affairs officer's
     * jurisdiction, by the region one level down (its code's leading digits): counts for the dashboard's partner
     * totals, nothing of the referrals themselves. One query.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Integer> countReferralsByRegion(String regionCode, LocalDate from, LocalDate through) {
        AccessScope scope = currentUser.requireJurisdiction();
        if (!currentUser.isCivilAffairsOfficer()) {
            throw currentUser.refused();
        }
        RegionCode region = regions.requireRegionInJurisdiction(regionCode, scope);
        return store.countMadeByRegion(region.scopePrefix(), region.subregionPrefixLength(),
                from.atStartOfDay(ChinaTime.ZONE).toOffsetDateTime(),
                through.plusDays(1).atStartOfDay(ChinaTime.ZONE).toOffsetDateTime());
    }
}
