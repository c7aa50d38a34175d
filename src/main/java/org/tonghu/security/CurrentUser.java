package org.tonghu.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.tonghu.regioncode.RegionCode;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.spi.runtime.AuthorizationFailureEvent;
import io.quarkus.security.spi.runtime.MethodDescription;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Who is asking, read once per request from the verified token: subject, roles, jurisdiction (a region code) and
 * organization. A claim that is missing or malformed gives no scope, never a wider one.
 */
@RequestScoped
public class CurrentUser {

    static final String REGION_CLAIM = "region_code";
    static final String ORGANIZATION_CLAIM = "organization_id";

    private final SecurityIdentity identity;
    private final Event<AuthorizationFailureEvent> refusals;
    private final CurrentVertxRequest request;

    CurrentUser(SecurityIdentity identity, Event<AuthorizationFailureEvent> refusals, CurrentVertxRequest request) {
        this.identity = identity;
        this.refusals = refusals;
        this.request = request;
    }

    /**
     * The caller behind an identity the security layer hands over, outside a request's scope (refusal auditing, the
     * data-sharing gate). A third-party app seen this way has no {@link #appBinding()}.
     */
    public static CurrentUser of(SecurityIdentity identity) {
        return new CurrentUser(identity, null, null);
    }

    /**
     * Refuses the request for want of a role, jurisdiction or organization that a role check cannot see: the refusal
     * is announced as the security layer announces a failed role check (and so audited, see
     * {@code org.tonghu.audit.RefusalAuditor}), naming the method that refused. Returns the exception to throw.
     */
    public ForbiddenException refused() {
        ForbiddenException refusal = new ForbiddenException();
        if (refusals != null) {
            StackWalker.StackFrame caller = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
                    .walk(frames -> frames.filter(frame -> !isThisClassProxyOrJdk(frame.getDeclaringClass()))
                            .findFirst())
                    .orElseThrow();
            refusals.fire(new AuthorizationFailureEvent(identity, refusal, "scope", Map.of(),
                    new MethodDescription(caller.getDeclaringClass().getName(),
                            caller.getMethodName(), new String[0])));
        }
        return refusal;
    }

    /** The organization the caller acts for; a caller without one is {@link #refused()}. */
    public UUID requireOrganizationId() {
        return organizationId().orElseThrow(this::refused);
    }

    private static boolean isThisClassProxyOrJdk(Class<?> type) {
        return type.getName().startsWith(CurrentUser.class.getName()) || type.getName().startsWith("java.");
    }

    public boolean isAuthenticated() {
        return !identity.isAnonymous();
    }

    /** The token's subject: a user or, for client credentials, the client's service account. */
    public String subject() {
        return token().map(JsonWebToken::getSubject).orElse(identity.getPrincipal().getName());
    }

    /** The user name to show, never an ID number. */
    public String displayName() {
        return token().map(t -> firstNonBlank(t.<String>getClaim("name"), t.<String>getClaim("preferred_username")))
                .orElse(identity.getPrincipal().getName());
    }

    public Optional<String> username() {
        return token().map(t -> t.<String>getClaim("preferred_username"));
    }

    /** The Tonghu roles held, in the order of {@link Roles#ALL}; roles Tonghu does not know are left out. */
    public List<String> roles() {
        return Roles.ALL.stream().filter(identity::hasRole).toList();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /**
     * What part of the children's data this caller may reach. Auditors and system administrators reach none; a
     * missing or malformed region or organization claim gives that part of the scope nothing.
     */
    public AccessScope childScope() {
        if (isThirdPartyApp()) {
            // an app reaches children only as its agreement allows: child-level data, under the agreement's regions
            return appBinding().filter(AppBinding::childLevel)
                    .map(binding -> new AccessScope(Optional.empty(), organizationId(), binding.regionPrefixes()))
                    .orElse(AccessScope.NONE);
        }
        boolean regional = isRegionalStaff();
        boolean relational = regional || Roles.RELATIONSHIP.stream().anyMatch(identity::hasRole);
        Optional<String> prefix = regional ? region().map(RegionCode::scopePrefix) : Optional.empty();
        Optional<UUID> organization = relational ? organizationId() : Optional.empty();
        return new AccessScope(prefix, organization);
    }

    /** Whether the caller is a third-party app (and no staff member): bound to its data-sharing agreement. */
    public boolean isThirdPartyApp() {
        return identity.hasRole(Roles.THIRD_PARTY_APP) && !isRegionalStaff();
    }

    /**
     * What the app's data-sharing agreement lets this request reach, bound by the agreement's gate for this request
     * only; empty for anyone else, and for an app outside a request.
     */
    public Optional<AppBinding> appBinding() {
        if (request == null) {
            return Optional.empty();
        }
        RoutingContext routing = request.getCurrent();
        return routing != null && routing.get(AppBinding.KEY) instanceof AppBinding binding
                && clientId().filter(binding.clientId()::equals).isPresent() ? Optional.of(binding) : Optional.empty();
    }

    /** Whether the caller holds a role that works with children by region ({@link Roles#REGIONAL}). */
    public boolean isRegionalStaff() {
        return Roles.REGIONAL.stream().anyMatch(identity::hasRole);
    }

    /** Whether the caller is a civil-affairs officer of the province, a city or a county. */
    public boolean isCivilAffairsOfficer() {
        return Roles.CIVIL_AFFAIRS_OFFICERS.stream().anyMatch(identity::hasRole);
    }

    /**
     * The caller's scope, for work only regional staff do inside their jurisdiction (children's files, work logs,
     * training); a caller without a jurisdiction is {@link #refused()}.
     */
    public AccessScope requireJurisdiction() {
        AccessScope scope = childScope();
        if (!scope.hasJurisdiction()) {
            throw refused();
        }
        return scope;
    }

    /** The region the user's jurisdiction covers, if the token names a valid one. */
    public Optional<RegionCode> region() {
        return claim(REGION_CLAIM).flatMap(RegionCode::parse);
    }

    /** The organization the user or client acts for, if the token names a valid one. */
    public Optional<UUID> organizationId() {
        return claim(ORGANIZATION_CLAIM).flatMap(CurrentUser::parseUuid);
    }

    /** The OAuth client the token was issued to ({@code azp}). */
    public Optional<String> clientId() {
        return claim("azp");
    }

    private Optional<String> claim(String name) {
        return token().map(t -> t.getClaim(name)).map(Object::toString).map(String::strip).filter(s -> !s.isEmpty());
    }

    private Optional<JsonWebToken> token() {
        return identity.getPrincipal() instanceof JsonWebToken jwt ? Optional.of(jwt) : Optional.empty();
    }

    private static Optional<UUID> parseUuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String firstNonBlank(String first, String second) {
        return first != null && !first.isBlank() ? first : second;
    }
}
