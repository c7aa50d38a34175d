package org.tonghu.webhook;

import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tonghu.audit.AuditLog;
import org.tonghu.audit.AuditOperation;
import org.tonghu.audit.AuditRecordType;
import org.tonghu.graphql.Ids;
import org.tonghu.graphql.PageRequest;
import org.tonghu.graphql.Problem;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.security.CurrentUser;
import org.tonghu.time.ChinaTime;
import org.tonghu.validation.TextRules;

/**
 * Webhook subscriptions of third-party apps and their deliveries (issue 16). An app acting for an organization
 * subscribes a callback URL to the event kinds {@link WebhookEventPermission} allows it; it sees and changes its own
 * organization's subscriptions only (another organization's read exactly like unknown ones), rotates the signing
 * secret, pauses, resumes or deletes a subscription, reads the deliveries with their attempts, and replays them. The
 * events themselves are queued by the services they happen in, through {@link WebhookOutbox}; {@link
 * WebhookDispatcher} sends them. Every access is audited.
 */
@ApplicationScoped
public class WebhookService {

    static final String SUBSCRIPTION_CURSOR = "webhook-subscription";
    static final String DELIVERY_CURSOR = "webhook-delivery";
    static final String EVENT_KINDS_REQUIRED = "EVENT_KINDS_REQUIRED";
    static final String EVENT_KIND_NOT_ALLOWED = "EVENT_KIND_NOT_ALLOWED";
    static final String SUBSCRIPTION_LIMIT_REACHED = "SUBSCRIPTION_LIMIT_REACHED";
    static final String SUBSCRIPTION_STATUS_INVALID = "SUBSCRIPTION_STATUS_INVALID";
    static final String SINCE_INVALID = "SINCE_INVALID";
    /** The latest attempts shown of one delivery. */
    static final int ATTEMPTS_SHOWN = 50;

    private final WebhookStore store;
    private final WebhookSecrets secrets;
    private final WebhookTargets targets;
    private final WebhookEventPermission permission;
    private final WebhookConfig config;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    WebhookService(WebhookStore store, WebhookSecrets secrets, WebhookTargets targets,
            WebhookEventPermission permission, WebhookConfig config, CurrentUser currentUser, AuditLog audit) {
        this.store = store;
        this.secrets = secrets;
        this.targets = targets;
        this.permission = permission;
        this.config = config;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** Subscribes a callback URL of the caller's organization to event kinds; answers the secret, once. */
    @Transactional
    public WebhookSubscriptionSecret subscribe(WebhookSubscriptionInput input) {
        UUID organization = currentUser.requireOrganizationId();
        String clientId = currentUser.clientId().orElseThrow(currentUser::refused);
        List<Problem> problems = new ArrayList<>();
        Optional<URI> url = targets.checkCallback("input.callbackUrl", input.callbackUrl(), problems);
        Set<WebhookEventKind> kinds = new LinkedHashSet<>(input.eventKinds());
        if (kinds.isEmpty()) {
            problems.add(Problem.ofField("input.eventKinds", EVENT_KINDS_REQUIRED, "Name at least one event kind."));
        }
        boolean refused = false;
        for (int i = 0; i < input.eventKinds().size(); i++) {
            if (!permission.allows(clientId, input.eventKinds().get(i).name())) {
                refused = true;
                problems.add(Problem.ofField("input.eventKinds[" + i + "]", EVENT_KIND_NOT_ALLOWED,
                        "Your app may not receive events of this kind."));
            }
        }
        String description = TextRules.text("input.description", input.description(), 200, false, problems);
        if (problems.isEmpty() && store.countLiveLocked(organization) >= config.maxSubscriptionsPerOrganization()) {
            problems.add(Problem.ofField("input", SUBSCRIPTION_LIMIT_REACHED, "Your organization has "
                    + config.maxSubscriptionsPerOrganization() + " subscriptions: delete one first."));
        }
        if (!problems.isEmpty()) {
            if (refused) {
                audit.event(AuditOperation.WEBHOOK_SUBSCRIBE).on(AuditRecordType.ORGANIZATION).record(organization)
                        .because("EVENT_KIND_NOT_ALLOWED")
                        .denied();
            }
            throw new ValidationFailedException(problems);
        }
        String secret = secrets.newSecret();
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.id = UUID.randomUUID();
        subscription.organizationId = organization;
        subscription.clientId = clientId;
        subscription.callbackUrl = url.orElseThrow().toString();
        subscription.eventKinds = kinds.stream().map(Enum::name).toArray(String[]::new);
        subscription.secretSealed = secrets.seal(secret);
        subscription.status = WebhookSubscriptionStatus.ACTIVE;
        subscription.description = description;
        subscription.createdBySubject = currentUser.subject();
        store.persistAndFlush(subscription);
        audit.event(AuditOperation.WEBHOOK_SUBSCRIBE).record(subscription.id).succeeded();
        return new WebhookSubscriptionSecret(view(subscription), secret);
    }

    /** A page of the caller's organization's subscriptions, the latest first. */
    @Transactional
    public WebhookSubscriptionConnection listSubscriptions(Integer first, String after) {
        UUID organization = currentUser.requireOrganizationId();
        PageRequest page = PageRequest.of(first, after, SUBSCRIPTION_CURSOR);
        List<WebhookSubscriptionView> views = store.pageOfOrganization(organization, page).stream()
                .map(WebhookService::view).toList();
        WebhookSubscriptionConnection connection = page.toConnection(views, SUBSCRIPTION_CURSOR,
                view -> WebhookStore.SUBSCRIPTIONS_LATEST_FIRST.key(view.createdAt(), view.id()),
                WebhookSubscriptionEdge::new, WebhookSubscriptionConnection::new);
        if (!connection.edges().isEmpty()) {
            audit.event(AuditOperation.WEBHOOK_SUBSCRIPTION_READ)
                    .records(connection.edges().stream().map(edge -> edge.node().id()).toList()).because("LIST")
                    .succeeded();
        }
        return connection;
    }

    /** A subscription of the caller's organization; {@code WEBHOOK_SUBSCRIPTION_NOT_FOUND} otherwise. */
    @Transactional
    public WebhookSubscriptionView findSubscription(String id) {
        WebhookSubscription subscription = requireOwn(id, AuditOperation.WEBHOOK_SUBSCRIPTION_READ);
        audit.event(AuditOperation.WEBHOOK_SUBSCRIPTION_READ).record(subscription.id).succeeded();
        return view(subscription);
    }

    /** Replaces a subscription's signing secret; answers the new one, once. Deliveries from now on use it. */
    @Transactional
    public WebhookSubscriptionSecret rotateSecret(String id, int expectedVersion) {
        WebhookSubscription subscription = requireToChange(id, expectedVersion, AuditOperation.WEBHOOK_SECRET_ROTATE);
        String secret = secrets.newSecret();
        subscription.secretSealed = secrets.seal(secret);
        subscription.secretRotatedAt = ChinaTime.now();
        save(subscription, AuditOperation.WEBHOOK_SECRET_ROTATE);
        return new WebhookSubscriptionSecret(view(subscription), secret);
    }

    /** Holds a subscription's deliveries (events are still queued) until it is resumed. */
    @Transactional
    public WebhookSubscriptionView pauseSubscription(String id, int expectedVersion) {
        return changeStatus(id, expectedVersion, WebhookSubscriptionStatus.ACTIVE, WebhookSubscriptionStatus.PAUSED,
                AuditOperation.WEBHOOK_SUBSCRIPTION_PAUSE);
    }

    /** Sends a paused subscription's deliveries again, the held ones first. */
    @Transactional
    public WebhookSubscriptionView resumeSubscription(String id, int expectedVersion) {
        return changeStatus(id, expectedVersion, WebhookSubscriptionStatus.PAUSED, WebhookSubscriptionStatus.ACTIVE,
                AuditOperation.WEBHOOK_SUBSCRIPTION_RESUME);
    }

    /** Deletes a subscription: nothing more is queued or sent; it and its deliveries are kept for the record. */
    @Transactional
    public WebhookSubscriptionView deleteSubscription(String id, int expectedVersion) {
        WebhookSubscription subscription = requireToChange(id, expectedVersion,
                AuditOperation.WEBHOOK_SUBSCRIPTION_DELETE);
        subscription.status = WebhookSubscriptionStatus.DELETED;
        subscription.deletedAt = ChinaTime.now();
        save(subscription, AuditOperation.WEBHOOK_SUBSCRIPTION_DELETE);
        return view(subscription);
    }

    private WebhookSubscriptionView changeStatus(String id, int expectedVersion, WebhookSubscriptionStatus from,
            WebhookSubscriptionStatus to, AuditOperation operation) {
        WebhookSubscription subscription = requireToChange(id, expectedVersion, operation);
        if (subscription.status != from) {
            throw ValidationFailedException.of("id", SUBSCRIPTION_STATUS_INVALID,
                    "The subscription is " + subscription.status + ".");
        }
        subscription.status = to;
        save(subscription, operation);
        return view(subscription);
    }

    /** A page of a subscription's deliveries with their attempts, the latest event first, optionally of a status. */
    @Transactional
    public WebhookDeliveryConnection listDeliveries(String subscriptionId, WebhookDeliveryStatus status,
            Integer first, String after) {
        PageRequest page = PageRequest.of(first, after, DELIVERY_CURSOR);
        WebhookSubscription subscription = requireOwn("subscriptionId", subscriptionId,
                AuditOperation.WEBHOOK_DELIVERY_READ);
        List<WebhookDelivery> rows = store.pageOfDeliveries(subscription.id, Optional.ofNullable(status), page);
        List<WebhookDeliveryView> views = deliveryViews(rows);
        WebhookDeliveryConnection connection = page.toConnection(views, DELIVERY_CURSOR,
                view -> WebhookStore.DELIVERIES_LATEST_FIRST.key(view.occurredAt(), view.id()),
                WebhookDeliveryEdge::new, WebhookDeliveryConnection::new);
        audit.event(AuditOperation.WEBHOOK_DELIVERY_READ).record(subscription.id).because("LIST").succeeded();
        return connection;
    }

    /** Queues one delivery again (whatever its status), due now, with a new round of attempts. */
    @Transactional
    public WebhookDeliveryView replayDelivery(String deliveryId) {
        UUID id = Ids.parse("deliveryId", deliveryId);
        UUID organization = currentUser.requireOrganizationId();
        WebhookDelivery delivery = store.findDelivery(id, organization).orElse(null);
        if (delivery == null) {
            audit.event(AuditOperation.WEBHOOK_DELIVERY_REPLAY).record(id).notFound();
            throw new WebhookDeliveryNotFoundException();
        }
        store.requeue(delivery, ChinaTime.now());
        audit.event(AuditOperation.WEBHOOK_DELIVERY_REPLAY).record(id).succeeded();
        return deliveryViews(List.of(delivery)).get(0);
    }

    /**
     * Queues again every delivery of a subscription whose event occurred at or after {@code since} (not in the
     * future); answers how many.
     */
    @Transactional
    public int replayDeliveries(String subscriptionId, OffsetDateTime since) {
        WebhookSubscription subscription = requireOwn("subscriptionId", subscriptionId,
                AuditOperation.WEBHOOK_DELIVERY_REPLAY);
        OffsetDateTime now = ChinaTime.now();
        if (since.isAfter(now)) {
            throw ValidationFailedException.of("since", SINCE_INVALID, "since is not in the future.");
        }
        List<UUID> requeued = store.requeueSince(subscription.id, since, now);
        audit.event(AuditOperation.WEBHOOK_DELIVERY_REPLAY).on(AuditRecordType.WEBHOOK_SUBSCRIPTION)
                .record(subscription.id).because("SINCE " + since + ": " + requeued.size()).succeeded();
        return requeued.size();
    }

    // --- the worker's side (WebhookDispatcher): no caller, no audit of a user; each attempt is logged in its table

    /** Claims due deliveries for one run of the worker, in a transaction of their own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<WebhookStore.Claimed> claimDue() {
        OffsetDateTime now = ChinaTime.now();
        return store.claimDue(now, now.plus(config.claimLease()), config.batchSize());
    }

    /** The signing secret a claimed delivery is signed with. */
    String openSecret(WebhookStore.Claimed claimed) {
        return secrets.open(claimed.secretSealed());
    }

    /** Records an attempt and what follows from it: delivered, due again after the backoff, or dead at the cap. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void recordAttempt(WebhookStore.Claimed claimed, OffsetDateTime attemptedAt, Integer statusCode,
            int durationMillis, String errorClass, boolean succeeded) {
        int round = claimed.roundAttempts() + 1;
        OffsetDateTime next = succeeded || round >= config.maxAttempts() ? null
                : ChinaTime.now().plus(backoff(round, config.firstRetryAfter(), config.maxRetryAfter()));
        store.recordAttempt(claimed.deliveryId(), attemptedAt, statusCode, durationMillis, errorClass, succeeded,
                next);
    }

    /** The wait after the n-th failed attempt of a round: first, doubled each time, at most max. */
    static Duration backoff(int failedAttempts, Duration first, Duration max) {
        Duration wait = first;
        for (int i = 1; i < failedAttempts && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }

    private WebhookSubscription requireOwn(String id, AuditOperation operation) {
        return requireOwn("id", id, operation);
    }

    private WebhookSubscription requireOwn(String field, String id, AuditOperation operation) {
        UUID subscriptionId = Ids.parse(field, id);
        UUID organization = currentUser.requireOrganizationId();
        return store.findLive(subscriptionId, organization).orElseGet(() -> {
            audit.event(operation).record(subscriptionId).notFound();
            throw new WebhookSubscriptionNotFoundException();
        });
    }

    private WebhookSubscription requireToChange(String id, int expectedVersion, AuditOperation operation) {
        WebhookSubscription subscription = requireOwn(id, operation);
        if (subscription.version != expectedVersion) {
            throw audit.event(operation).record(subscription.id).conflict();
        }
        return subscription;
    }

    private void save(WebhookSubscription subscription, AuditOperation operation) {
        store.flushOrConflict(() -> audit.event(operation).record(subscription.id).conflict());
        audit.event(operation).record(subscription.id).succeeded();
    }

    private List<WebhookDeliveryView> deliveryViews(List<WebhookDelivery> deliveries) {
        if (deliveries.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<WebhookAttempt>> attempts = store.listAttempts(deliveries.stream().map(d -> d.id).toList())
                .stream().collect(Collectors.groupingBy(a -> a.deliveryId));
        return deliveries.stream().map(d -> {
            List<WebhookAttempt> all = attempts.getOrDefault(d.id, List.of());
            List<WebhookAttemptView> shown = all.subList(Math.max(0, all.size() - ATTEMPTS_SHOWN), all.size()).stream()
                    .map(a -> new WebhookAttemptView(a.attemptNumber, a.attemptedAt, a.statusCode, a.durationMillis,
                            a.errorClass, a.succeeded))
                    .toList();
            return new WebhookDeliveryView(d.id.toString(), d.subscriptionId.toString(), d.eventId.toString(),
                    d.eventKind, d.occurredAt, d.status,
                    d.status == WebhookDeliveryStatus.PENDING ? d.nextAttemptAt : null, d.deliveredAt, d.payload,
                    shown);
        }).toList();
    }

    static WebhookSubscriptionView view(WebhookSubscription s) {
        return new WebhookSubscriptionView(s.id.toString(), s.organizationId.toString(), s.clientId, s.callbackUrl,
                Arrays.stream(s.eventKinds).map(WebhookEventKind::valueOf).toList(), s.status, s.description,
                s.createdAt, s.secretRotatedAt, (int) s.version);
    }
}
