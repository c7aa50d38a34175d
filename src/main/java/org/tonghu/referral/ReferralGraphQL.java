package org.tonghu.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.tonghu.child.ChildService;
import org.tonghu.child.ChildView;
import org.tonghu.graphql.ConflictException;
import org.tonghu.graphql.PageRequest;
import org.tonghu.idempotency.Idempotent;
import org.tonghu.organization.OrganizationService;
import org.tonghu.organization.OrganizationView;
import org.tonghu.security.Roles;

/** Referrals between agencies: translates between GraphQL and {@link ReferralService}. */
@GraphQLApi
@RolesAllowed({ Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER, Roles.TOWNSHIP_SUPERVISOR,
        Roles.VILLAGE_DIRECTOR, Roles.PARTNER_STAFF })
public class ReferralGraphQL {

    private final ReferralService referrals;
    private final ChildService children;
    private final OrganizationService organizations;

    ReferralGraphQL(ReferralService referrals, ChildService children, OrganizationService organizations) {
        this.referrals = referrals;
        this.children = children;
        this.organizations = organizations;
    }

    @Query("referrals")
    @Description("A page of the referrals your organization received, or that your side sent, the latest first.")
    public @NonNull ReferralConnection referrals(
            @Name("filter") @Description("Received or sent, and which statuses.") @NonNull ReferralFilter filter,
            @Name("first") @Description(PageRequest.FIRST_DESCRIPTION) Integer first,
            @Name("after") @Description(PageRequest.AFTER_DESCRIPTION) String after) {
        return referrals.listReferrals(filter, first, after);
    }

    @Mutation("referChild")
    @Idempotent
    @Description("Refers a child you work with to another organization, which may then see the child while the "
            + "referral is open. The answer is due within a time set by the urgency.")
    public @NonNull ReferralView referChild(@Name("input") @Description("The referral.") @NonNull ReferralInput input) {
        return referrals.referChild(input);
    }

    @Mutation("acceptReferral")
    @Description("Accepts a referral your organization received.")
    public @NonNull ReferralView acceptReferral(
            @Name("id") @Description("The referral's ID.") @NonNull @Id String id,
            @Name("expectedVersion") @NonNull @Description(ConflictException.EXPECTED_VERSION) int expectedVersion) {
        return referrals.acceptReferral(id, expectedVersion);
    }

    @Mutation("declineReferral")
    @Description("Declines a referral your organization received, with the reason the sender will see.")
    public @NonNull ReferralView declineReferral(
            @Name("id") @Description("The referral's ID.") @NonNull @Id String id,
            @Name("expectedVersion") @NonNull @Description(ConflictException.EXPECTED_VERSION) int expectedVersion,
            @Name("reason") @Description("Why, up to 500 characters; the sender sees it.") @NonNull String reason) {
        return referrals.declineReferral(id, expectedVersion, reason);
    }

    @Mutation("closeReferral")
    @Description("Closes an accepted referral with its outcome, which goes back to the sender and into the child's "
            + "file. closedOn defaults to today.")
    public @NonNull ReferralView closeReferral(
            @Name("id") @Description("The referral's ID.") @NonNull @Id String id,
            @Name("expectedVersion") @NonNull @Description(ConflictException.EXPECTED_VERSION) int expectedVersion,
            @Name("outcome") @Description("What came of it, up to 1000 characters; it goes back to the sender.")
            @NonNull String outcome,
            @Name("closedOn") @Description("The closing date; default today.") LocalDate closedOn) {
        return referrals.closeReferral(id, expectedVersion, outcome, closedOn);
    }

    @Description("The child, as your role may see them (null once your organization no longer works with them).")
    public List<ChildView> child(@Source List<ReferralView> sources) {
        Set<UUID> ids = sources.stream().map(r -> UUID.fromString(r.childId())).collect(Collectors.toSet());
        Map<String, ChildView> found = children.findChildrenInScope(ids);
        return sources.stream().map(referral -> found.get(referral.childId())).toList();
    }

    @Description("The sending organization; null when regional staff referred.")
    public List<OrganizationView> fromOrganization(@Source List<ReferralView> sources) {
        Map<UUID, OrganizationView> found = organizationsOf(sources);
        return sources.stream().map(r -> r.fromOrganizationId() == null ? null
                : found.get(UUID.fromString(r.fromOrganizationId()))).toList();
    }

    @Description("The receiving organization.")
    public List<OrganizationView> toOrganization(@Source List<ReferralView> sources) {
        Map<UUID, OrganizationView> found = organizationsOf(sources);
        return sources.stream().map(r -> found.get(UUID.fromString(r.toOrganizationId()))).toList();
    }

    private Map<UUID, OrganizationView> organizationsOf(List<ReferralView> sources) {
        return organizations.findOrganizations(sources.stream()
                .flatMap(r -> Stream.of(r.fromOrganizationId(), r.toOrganizationId()))
                .filter(java.util.Objects::nonNull).map(UUID::fromString).collect(Collectors.toSet()));
    }
}
