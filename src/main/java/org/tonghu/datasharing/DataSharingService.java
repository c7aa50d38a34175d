package org.tonghu.datasharing;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import org.tonghu.audit.AuditLog;
import org.tonghu.audit.AuditOperation;
import org.tonghu.audit.AuditResult;
import org.tonghu.graphql.Ids;
import org.tonghu.graphql.PageRequest;
import org.tonghu.graphql.Problem;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.organization.OrganizationService;
import org.tonghu.organization.OrganizationView;
import org.tonghu.region.RegionService;
import org.tonghu.regioncode.RegionCode;
import org.tonghu.security.AppBinding;
import org.tonghu.security.CurrentUser;
import org.tonghu.security.Roles;
import org.tonghu.time.ChinaTime;
import org.tonghu.time.Clock;
import org.tonghu.validation.TextRules;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;

/**
 * Data-sharing agreements of third-party apps (数据共享协议, PIPL art. 13, 23). The province registers each app (an
 * OAuth client calling with client credentials) with the organization it acts for, purpose, legal basis, the regions it
 * may read, the field set, the graph's operations it may call, the webhook events it may subscribe to, a term and its
 * limits; updates are versioned, revocation states a reason, and everything is audited. Every request of an app passes
 * {@link #admitCall}: no agreement active, another organization, an operation not listed, or a limit reached refuses
 * it at once, with a stable code; an admitted request is bound to its agreement ({@link AppBinding}) for that request
 * only, and audited with its client id.
 */
@ApplicationScoped
public class DataSharingService {

    static final String CURSOR_KIND = "dataSharingAgreement";
    static final String AGREEMENT_INACTIVE = "AGREEMENT_INACTIVE";
    static final String ORGANIZATION_NOT_IN_AGREEMENT = "ORGANIZATION_NOT_IN_AGREEMENT";
    static final String OPERATION_NOT_IN_AGREEMENT = "OPERATION_NOT_IN_AGREEMENT";
    static final String RATE_LIMITED = "RATE_LIMITED";
    static final String QUOTA_EXCEEDED = "QUOTA_EXCEEDED";
    static final String CLIENT_ID_INVALID = "CLIENT_ID_INVALID";
    static final String AGREEMENT_ALREADY_IN_FORCE = "AGREEMENT_ALREADY_IN_FORCE";
    static final String ORGANIZATION_NOT_FOUND = "ORGANIZATION_NOT_FOUND";
    static final String REGIONS_INVALID = "REGIONS_INVALID";
    static final String OPERATIONS_INVALID = "OPERATIONS_INVALID";
    static final String UNKNOWN_OPERATION = "UNKNOWN_OPERATION";
    static final String EXPIRES_ON_INVALID = "EXPIRES_ON_INVALID";
    static final String LIMIT_OUT_OF_RANGE = "LIMIT_OUT_OF_RANGE";
    static final String AGREEMENT_NOT_IN_FORCE = "AGREEMENT_NOT_IN_FORCE";
    static final int DEFAULT_REQUESTS_PER_MINUTE = 60;
    static final int DEFAULT_DAILY_QUOTA = 10_000;
    static final String ALREADY_IN_FORCE_MESSAGE = "The client has an agreement in force: update or revoke it first.";
    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final int MAX_REGIONS = 100;
    private static final int MAX_OPERATIONS = 200;
    /** The longest term an agreement may have. */
    private static final int MAX_TERM_YEARS = 5;

    private final DataSharingStore store;
    private final OrganizationService organizations;
    private final RegionService regions;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final Instance<GraphQLSchema> schema;

    DataSharingService(DataSharingStore store, OrganizationService organizations, RegionService regions,
            CurrentUser currentUser, AuditLog audit, Clock clock, Instance<GraphQLSchema> schema) {
        this.store = store;
        this.organizations = organizations;
        this.regions = regions;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.schema = schema;
    }

    /** A page of the agreements, by client id; optionally one client's. */
    @Transactional
    public DataSharingAgreementConnection listAgreements(String clientId, Integer first, String after) {
        requireProvince();
        PageRequest page = PageRequest.of(first, after, CURSOR_KIND);
        List<DataSharingAgreement> rows = store.page(Optional.ofNullable(clientId), page);
        audit.event(AuditOperation.DATA_SHARING_AGREEMENT_LIST).records(rows.stream().map(a -> a.id).toList())
                .succeeded();
        List<DataSharingAgreementView> views = views(rows);
        return page.toConnection(views, CURSOR_KIND, view -> DataSharingStore.BY_CLIENT.key(view.clientId(), view.id()),
                DataSharingAgreementEdge::new, DataSharingAgreementConnection::new);
    }

    /** One agreement; {@code DATA_SHARING_AGREEMENT_NOT_FOUND} for an unknown id. */
    @Transactional
    public DataSharingAgreementView findAgreement(String id) {
        requireProvince();
        DataSharingAgreement agreement = require(id, AuditOperation.DATA_SHARING_AGREEMENT_READ);
        audit.event(AuditOperation.DATA_SHARING_AGREEMENT_READ).record(agreement.id).succeeded();
        return views(List.of(agreement)).get(0);
    }

    /**
     * Registers an app with its agreement. A client has at most one agreement in force: one whose term has ended is
     * marked expired and replaced; one still running refuses the registration ({@code AGREEMENT_ALREADY_IN_FORCE}).
     */
    @Transactional
    public DataSharingAgreementView registerAgreement(DataSharingRegistrationInput input) {
        requireProvince();
        List<Problem> problems = new ArrayList<>();
        String clientId = input.clientId() == null ? "" : input.clientId().strip();
        if (!CLIENT_ID.matcher(clientId).matches()) {
            problems.add(Problem.ofField("input.clientId", CLIENT_ID_INVALID,
                    "clientId is 1 to 100 letters, digits and . _ : -"));
        }
        UUID organizationId = Ids.parse("input.organizationId", input.organizationId());
        if (organizations.findOrganization(organizationId).isEmpty()) {
            problems.add(Problem.ofField("input.organizationId", ORGANIZATION_NOT_FOUND,
                    "No organization with this id."));
        }
        DataSharingAgreement agreement = new DataSharingAgreement();
        agreement.id = UUID.randomUUID();
        agreement.clientId = clientId;
        agreement.organizationId = organizationId;
        agreement.status = DataSharingAgreement.Status.IN_FORCE;
        applyTerms(agreement, "input.terms.", input.terms(), problems);
        LocalDate today = today();
        Optional<DataSharingAgreement> current = problems.isEmpty() ? store.findInForce(clientId) : Optional.empty();
        if (current.isPresent()) {
            if (current.get().stateOn(today) == AgreementState.EXPIRED) {
                current.get().status = DataSharingAgreement.Status.EXPIRED;
                store.flushOrConflict(() -> audit.event(AuditOperation.DATA_SHARING_AGREEMENT_REGISTER)
                        .record(current.get().id).conflict());
                audit.event(AuditOperation.DATA_SHARING_AGREEMENT_UPDATE).record(current.get().id)
                        .because("expired, replaced").succeeded();
            } else {
                problems.add(Problem.ofField("input.clientId", AGREEMENT_ALREADY_IN_FORCE, ALREADY_IN_FORCE_MESSAGE));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        agreement.registeredByName = currentUser.displayName();
        agreement.registeredBySubject = currentUser.subject();
        store.persist(agreement);
        store.flushOrAlreadyInForce("input.clientId", AGREEMENT_ALREADY_IN_FORCE, ALREADY_IN_FORCE_MESSAGE,
                () -> audit.event(AuditOperation.DATA_SHARING_AGREEMENT_REGISTER).record(clientId).conflict());
        audit.event(AuditOperation.DATA_SHARING_AGREEMENT_REGISTER).record(agreement.id).because(clientId)
                .succeeded();
        return views(List.of(agreement)).get(0);
    }

    /** Changes an agreement's terms; a stale {@code expectedVersion} gets {@code CONFLICT}. */
    @Transactional
    public DataSharingAgreementView updateAgreement(String id, long expectedVersion, DataSharingTermsInput terms) {
        requireProvince();
        DataSharingAgreement agreement = require(id, AuditOperation.DATA_SHARING_AGREEMENT_UPDATE);
        checkVersion(agreement, expectedVersion, AuditOperation.DATA_SHARING_AGREEMENT_UPDATE);
        List<Problem> problems = new ArrayList<>();
        if (agreement.status != DataSharingAgreement.Status.IN_FORCE) {
            problems.add(Problem.ofField("id", AGREEMENT_NOT_IN_FORCE,
                    "A revoked or expired agreement cannot change."));
        }
        applyTerms(agreement, "terms.", terms, problems);
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        store.flushOrConflict(() -> audit.event(AuditOperation.DATA_SHARING_AGREEMENT_UPDATE).record(agreement.id)
                .conflict());
        audit.event(AuditOperation.DATA_SHARING_AGREEMENT_UPDATE).record(agreement.id).succeeded();
        return views(List.of(agreement)).get(0);
    }

    /** Revokes an agreement with a reason: its app is refused from its next request on. */
    @Transactional
    public DataSharingAgreementView revokeAgreement(String id, long expectedVersion, String reason) {
        requireProvince();
        DataSharingAgreement agreement = require(id, AuditOperation.DATA_SHARING_AGREEMENT_REVOKE);
        checkVersion(agreement, expectedVersion, AuditOperation.DATA_SHARING_AGREEMENT_REVOKE);
        List<Problem> problems = new ArrayList<>();
        String text = TextRules.text("reason", reason, 500, true, problems);
        if (agreement.status != DataSharingAgreement.Status.IN_FORCE) {
            problems.add(Problem.ofField("id", AGREEMENT_NOT_IN_FORCE, "The agreement is already revoked or expired."));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        agreement.status = DataSharingAgreement.Status.REVOKED;
        agreement.revokedAt = clock.now();
        agreement.revokedReason = text;
        agreement.revokedByName = currentUser.displayName();
        store.flushOrConflict(() -> audit.event(AuditOperation.DATA_SHARING_AGREEMENT_REVOKE).record(agreement.id)
                .conflict());
        audit.event(AuditOperation.DATA_SHARING_AGREEMENT_REVOKE).record(agreement.id).because(text).succeeded();
        return views(List.of(agreement)).get(0);
    }

    /**
     * Whether the client's agreement is active today and lists this webhook event kind (a name of
     * {@link org.tonghu.webhook.WebhookEventKind}): for the webhooks, before an app subscribes and before each
     * delivery ({@link AgreementWebhookEventPermission}).
     */
    @Transactional
    public boolean allowsWebhookEvent(String clientId, String eventKind) {
        if (clientId == null || eventKind == null) {
            return false;
        }
        return store.findInForce(clientId).filter(a -> a.stateOn(today()) == AgreementState.ACTIVE)
                .map(a -> a.webhookEventList().contains(eventKind)).orElse(false);
    }

    /**
     * Admits or refuses one request of a third-party app (the data-sharing gate calls it once per request, before
     * the graph runs): one indexed look-up of the client's agreement in force, one atomic count of its requests, and
     * one audit event naming the client, all in one transaction.
     *
     * @param actor the app, as the security layer authenticated it
     * @param rootFields the root fields the request's operation selects
     * @param sourceAddress where the request came from
     */
    @Transactional
    CallDecision admitCall(CurrentUser actor, Set<String> rootFields, String sourceAddress) {
        Optional<String> clientId = actor.clientId();
        Optional<DataSharingAgreement> found = clientId.flatMap(store::findInForce);
        OffsetDateTime now = clock.now();
        LocalDate today = now.atZoneSameInstant(ChinaTime.ZONE).toLocalDate();
        String fields = String.join(",", new TreeSet<>(rootFields));
        if (found.isEmpty() || found.get().stateOn(today) != AgreementState.ACTIVE) {
            recordCall(actor, sourceAddress, found, clientId, AuditResult.DENIED, AGREEMENT_INACTIVE);
            return CallDecision.refuse(403, AGREEMENT_INACTIVE,
                    "This app has no data-sharing agreement in force (none, expired or revoked).");
        }
        DataSharingAgreement agreement = found.get();
        if (!actor.organizationId().map(agreement.organizationId::equals).orElse(false)) {
            recordCall(actor, sourceAddress, found, clientId, AuditResult.DENIED, ORGANIZATION_NOT_IN_AGREEMENT);
            return CallDecision.refuse(403, ORGANIZATION_NOT_IN_AGREEMENT,
                    "The token's organization is not the one of the app's data-sharing agreement.");
        }
        Set<String> listed = Set.copyOf(agreement.operationList());
        List<String> unlisted = rootFields.stream().filter(name -> !name.startsWith("__") && !listed.contains(name))
                .sorted().toList();
        if (!unlisted.isEmpty()) {
            recordCall(actor, sourceAddress, found, clientId, AuditResult.DENIED,
                    OPERATION_NOT_IN_AGREEMENT + " " + String.join(",", unlisted));
            return CallDecision.refuse(403, OPERATION_NOT_IN_AGREEMENT,
                    "The app's data-sharing agreement does not list: " + String.join(", ", unlisted) + ".");
        }
        OffsetDateTime minute = now.truncatedTo(ChronoUnit.MINUTES);
        OffsetDateTime day = today.atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
        DataSharingStore.Usage usage = store.count(agreement.clientId, minute, day, agreement.requestsPerMinute);
        if (usage.minute() > agreement.requestsPerMinute) {
            recordCall(actor, sourceAddress, found, clientId, AuditResult.DENIED, RATE_LIMITED);
            return CallDecision.limit(RATE_LIMITED, "Too many requests: at most " + agreement.requestsPerMinute
                    + " a minute.", secondsUntil(now, minute.plusMinutes(1)));
        }
        if (usage.day() > agreement.dailyQuota) {
            recordCall(actor, sourceAddress, found, clientId, AuditResult.DENIED, QUOTA_EXCEEDED);
            return CallDecision.limit(QUOTA_EXCEEDED, "The daily quota of " + agreement.dailyQuota
                    + " requests is used up.", secondsUntil(now, day.plusDays(1)));
        }
        recordCall(actor, sourceAddress, found, clientId, AuditResult.SUCCESS, fields);
        List<RegionCode> regionCodes = agreement.regionCodeList().stream().map(RegionCode::new).toList();
        return CallDecision.admit(new AppBinding(agreement.clientId, agreement.id, agreement.fieldSet.childLevel(),
                regionCodes));
    }

    /** Forgets request counts older than two days (the counters of windows long past). */
    @Transactional
    public int forgetOldUsage() {
        return store.forgetUsageBefore(clock.now().minusDays(2));
    }

    private void recordCall(CurrentUser actor, String sourceAddress, Optional<DataSharingAgreement> agreement,
            Optional<String> clientId, AuditResult result, String reason) {
        Object record = agreement.<Object>map(a -> a.id).orElse(clientId.orElse("-"));
        String text = reason.length() > 500 ? reason.substring(0, 500) : reason;
        audit.recordFor(actor, sourceAddress, AuditOperation.APP_CALL, List.of(record), result, text);
    }

    private static long secondsUntil(OffsetDateTime now, OffsetDateTime then) {
        long millis = Duration.between(now, then).toMillis();
        return (millis + 999) / 1000;
    }

    private void applyTerms(DataSharingAgreement agreement, String prefix, DataSharingTermsInput terms,
            List<Problem> problems) {
        agreement.purpose = TextRules.text(prefix + "purpose", terms.purpose(), 1000, true, problems);
        agreement.legalBasis = terms.legalBasis();
        agreement.fieldSet = terms.fieldSet();
        agreement.regionCodes = regionCodes(prefix + "regionCodes", terms.regionCodes(), problems);
        agreement.operations = operations(prefix + "operations", terms.operations(), problems);
        agreement.webhookEvents = terms.webhookEvents() == null ? ""
                : terms.webhookEvents().stream().distinct().sorted().map(Enum::name).collect(Collectors.joining(","));
        agreement.startsOn = terms.startsOn();
        agreement.expiresOn = terms.expiresOn();
        if (terms.startsOn() != null && terms.expiresOn() != null && (!terms.expiresOn().isAfter(terms.startsOn())
                || terms.expiresOn().isAfter(terms.startsOn().plusYears(MAX_TERM_YEARS)))) {
            problems.add(Problem.ofField(prefix + "expiresOn", EXPIRES_ON_INVALID,
                    "expiresOn lies after startsOn, at most " + MAX_TERM_YEARS + " years."));
        }
        agreement.requestsPerMinute = limit(prefix + "requestsPerMinute", terms.requestsPerMinute(),
                DEFAULT_REQUESTS_PER_MINUTE, 10_000, problems);
        agreement.dailyQuota = limit(prefix + "dailyQuota", terms.dailyQuota(), DEFAULT_DAILY_QUOTA, 10_000_000,
                problems);
    }

    private static int limit(String field, Integer value, int fallback, int max, List<Problem> problems) {
        if (value == null) {
            return fallback;
        }
        if (value < 1 || value > max) {
            problems.add(Problem.ofField(field, LIMIT_OUT_OF_RANGE, field + " is 1 to " + max + "."));
            return fallback;
        }
        return value;
    }

    /** Known region codes, 1 to 100, without duplicates; joined. */
    private String regionCodes(String field, List<String> codes, List<Problem> problems) {
        if (codes == null || codes.isEmpty() || codes.size() > MAX_REGIONS) {
            problems.add(Problem.ofField(field, REGIONS_INVALID, "Name 1 to " + MAX_REGIONS + " regions."));
            return "";
        }
        Set<String> known = new LinkedHashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            regions.checkKnownRegion(field + "[" + i + "]", codes.get(i), problems)
                    .ifPresent(code -> known.add(code.value()));
        }
        return String.join(",", known);
    }

    /** Root fields of the live schema, 1 to 200, without duplicates; joined. */
    private String operations(String field, List<String> names, List<Problem> problems) {
        if (names == null || names.isEmpty() || names.size() > MAX_OPERATIONS) {
            problems.add(Problem.ofField(field, OPERATIONS_INVALID, "Name 1 to " + MAX_OPERATIONS + " operations."));
            return "";
        }
        Set<String> rootFields = rootFieldNames();
        Set<String> chosen = new TreeSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i) == null ? "" : names.get(i).strip();
            if (!rootFields.contains(name)) {
                problems.add(Problem.ofField(field + "[" + i + "]", UNKNOWN_OPERATION,
                        "Not a query or mutation of the schema."));
            } else {
                chosen.add(name);
            }
        }
        return String.join(",", chosen);
    }

    /** The operations an agreement may list (the live schema's queries and mutations), in name order. */
    public List<String> listOperations() {
        return rootFieldNames().stream().sorted().toList();
    }

    /** The names of the live schema's queries and mutations. */
    Set<String> rootFieldNames() {
        GraphQLSchema live = schema.get();
        return Stream.of(live.getQueryType(), live.getMutationType()).filter(type -> type != null)
                .map(GraphQLObjectType::getFieldDefinitions).flatMap(Collection::stream)
                .map(GraphQLFieldDefinition::getName).collect(Collectors.toSet());
    }

    /** Agreements are the province's: anyone else is {@link CurrentUser#refused()} (and audited). */
    private void requireProvince() {
        if (!currentUser.hasRole(Roles.PROVINCE_OFFICER)) {
            throw currentUser.refused();
        }
    }

    /** Whether the caller keeps the agreements (a province officer): the portal shows its pages to them only. */
    public boolean keepsAgreements() {
        return currentUser.hasRole(Roles.PROVINCE_OFFICER);
    }

    private DataSharingAgreement require(String id, AuditOperation operation) {
        UUID agreementId = Ids.parse("id", id);
        return store.findByIdOptional(agreementId).orElseThrow(() -> {
            audit.event(operation).record(agreementId).notFound();
            return new DataSharingAgreementNotFoundException();
        });
    }

    private void checkVersion(DataSharingAgreement agreement, long expectedVersion, AuditOperation operation) {
        if (agreement.version != expectedVersion) {
            throw audit.event(operation).record(agreement.id).conflict();
        }
    }

    private List<DataSharingAgreementView> views(List<DataSharingAgreement> rows) {
        Map<UUID, OrganizationView> names = organizations.findOrganizations(rows.stream().map(a -> a.organizationId)
                .collect(Collectors.toSet()));
        LocalDate today = today();
        return rows.stream().map(a -> DataSharingAgreementView.of(a,
                Optional.ofNullable(names.get(a.organizationId)).map(OrganizationView::name).orElse(null), today))
                .toList();
    }

    private LocalDate today() {
        return clock.now().atZoneSameInstant(ChinaTime.ZONE).toLocalDate();
    }
}
