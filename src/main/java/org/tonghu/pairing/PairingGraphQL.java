package org.tonghu.pairing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.DefaultValue;
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
import org.tonghu.security.Roles;

/** Pairings and their check-ins: translates between GraphQL and {@link PairingService}. */
@GraphQLApi
@RolesAllowed({ Roles.PARTNER_STAFF, Roles.THIRD_PARTY_APP })
public class PairingGraphQL {

    /** How many check-ins a pairing shows in the graph, the latest first. */
    static final int RECENT_CONTACTS = 20;

    private final PairingService pairings;
    private final ChildService children;

    PairingGraphQL(PairingService pairings, ChildService children) {
        this.pairings = pairings;
        this.children = children;
    }

    @Query("pairings")
    @Description("A page of your organization's pairings, the most urgent check-in first; default the active ones.")
    public @NonNull PairingConnection pairings(
            @Name("filter") @Description("Which pairings; default: active ones.") PairingFilter filter,
            @Name("first") @Description(PageRequest.FIRST_DESCRIPTION) Integer first,
            @Name("after") @Description(PageRequest.AFTER_DESCRIPTION) String after) {
        return pairings.listPairings(filter, first, after);
    }

    @Query("pairingReport")
    @Description("Your organization's active pairings by county, their check-ins, and volunteers whose background "
            + "check has expired or expires within expiringWithinDays (default 30).")
    public @NonNull PairingReport pairingReport(
            @Name("expiringWithinDays") @Description("List volunteers whose background check expires within so "
            + "many days (0 to 366).") @DefaultValue("30") int expiringWithinDays) {
        return pairings.pairingReport(expiringWithinDays);
    }

    @Mutation("createPairing")
    @Idempotent
    @Description("Pairs a volunteer of your organization with a child (a loving mother: the Women's Federation only). "
            + "The volunteer must be active with a valid background check and below the maximum of active pairings; a "
            + "child has at most one active pairing of a kind.")
    @RolesAllowed(Roles.PARTNER_STAFF)
    public @NonNull PairingView createPairing(@Name("input") @Description("The pairing.") @NonNull PairingInput input) {
        return pairings.createPairing(input);
    }

    @Mutation("endPairing")
    @Description("Ends a pairing with a reason; endedOn defaults to today.")
    @RolesAllowed(Roles.PARTNER_STAFF)
    public @NonNull PairingView endPairing(
            @Name("id") @Description("The pairing's ID.") @NonNull @Id String id,
            @Name("expectedVersion") @NonNull @Description(ConflictException.EXPECTED_VERSION) int expectedVersion,
            @Name("endedOn") @Description("When it ended; default today.") LocalDate endedOn,
            @Name("reason") @Description("Why it ends, up to 500 characters.") @NonNull String reason) {
        return pairings.endPairing(id, expectedVersion, endedOn, reason);
    }

    @Mutation("recordPairingContact")
    @Idempotent
    @Description("Records a check-in of a pairing; concerns raised with it reach the child's director.")
    public @NonNull PairingContactPayload recordPairingContact(
            @Name("pairingId") @Description("The pairing's ID.") @NonNull @Id String pairingId,
            @Name("input") @Description("The check-in.") @NonNull PairingContactInput input) {
        return pairings.recordPairingContact(pairingId, input);
    }

    @Description("The child, as your role may see them.")
    @RolesAllowed({ Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER, Roles.TOWNSHIP_SUPERVISOR,
            Roles.VILLAGE_DIRECTOR, Roles.PARTNER_STAFF, Roles.THIRD_PARTY_APP })
    public List<ChildView> child(@Source List<PairingView> sources) {
        Set<UUID> ids = sources.stream().map(p -> UUID.fromString(p.childId())).collect(Collectors.toSet());
        Map<String, ChildView> found = children.findChildrenInScope(ids);
        return sources.stream().map(pairing -> found.get(pairing.childId())).toList();
    }

    @Description("The latest check-ins (up to 20), the latest first.")
    @RolesAllowed({ Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER, Roles.TOWNSHIP_SUPERVISOR,
            Roles.VILLAGE_DIRECTOR, Roles.PARTNER_STAFF, Roles.THIRD_PARTY_APP })
    public List<List<PairingContactView>> contacts(@Source List<PairingView> sources) {
        return pairings.contactsOf(sources, RECENT_CONTACTS);
    }
}
