package org.tonghu.guardian;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.tonghu.child.ChildView;
import org.tonghu.graphql.ConflictException;
import org.tonghu.graphql.PageRequest;
import org.tonghu.idempotency.Idempotent;
import org.tonghu.security.Roles;

/** Guardians in the graph, and the edges between children and guardians (owned here, where the links live). */
@GraphQLApi
@RolesAllowed({ Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER, Roles.TOWNSHIP_SUPERVISOR,
        Roles.VILLAGE_DIRECTOR, Roles.PARTNER_STAFF, Roles.THIRD_PARTY_APP })
public class GuardianGraphQL {

    private final GuardianService guardians;

    GuardianGraphQL(GuardianService guardians) {
        this.guardians = guardians;
    }

    @Query("guardian")
    @Description("The guardian with this id, if registered under your jurisdiction or linked to a child in your scope.")
    public @NonNull GuardianView guardian(@Name("id") @Description("The guardian's ID.") @NonNull @Id String id) {
        return guardians.findGuardian(id);
    }

    @Query("guardians")
    @Description("A page of the guardians you may see (registered under your jurisdiction, or linked to a child in "
            + "your scope), by name. first: 1 to 100, default 20.")
    public @NonNull GuardianConnection guardians(
            @Name("regionCode") @Description("Only guardians registered under this region.") String regionCode,
            @Name("nameContains") @Description("Part of the name, 1 to 50 characters.") String nameContains,
            @Name("first") @Description(PageRequest.FIRST_DESCRIPTION) Integer first,
            @Name("after") @Description(PageRequest.AFTER_DESCRIPTION) String after) {
        return guardians.listGuardians(regionCode, nameContains, first, after);
    }

    @Description("The child's guardians, parents and entrusted caregivers.")
    public List<@NonNull List<@NonNull ChildGuardianView>> guardians(@Source List<ChildView> children) {
        return guardians.guardiansOf(children);
    }

    @Description("The guardian's children that are in your scope.")
    public List<@NonNull List<@NonNull ChildView>> children(@Source List<GuardianView> sources) {
        return guardians.childrenOf(sources);
    }

    @Mutation("createGuardian")

    @Description("Registers a guardian under a region of your jurisdiction; link them to children with linkGuardian.")
    @Idempotent
    @RolesAllowed({ Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER, Roles.TOWNSHIP_SUPERVISOR,
            Roles.VILLAGE_DIRECTOR })
    public @NonNull GuardianView createGuardian(
            @Name("input") @Description("The guardian.") @NonNull GuardianInput input) {
        return guardians.createGuardian(input);
    }

    @Mutation("updateGuardian")
    @Description("A stale expectedVersion gets CONFLICT and changes nothing.")
    @RolesAllowed({ Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER, Roles.TOWNSHIP_SUPERVISOR,
            Roles.VILLAGE_DIRECTOR })
    public @NonNull GuardianView updateGuardian(
            @Name("id") @Description("The guardian's ID.") @NonNull @Id String id,
            @Name("expectedVersion") @NonNull @Description(ConflictException.EXPECTED_VERSION) int expectedVersion,
            @Name("input") @Description("The guardian's new details (all of them).") @NonNull GuardianInput input) {
        return guardians.updateGuardian(id, expectedVersion, input);
    }

    @Mutation("linkGuardian")
    @Description("Links a guardian to a child (or changes the link); returns the child's guardians.")
    @RolesAllowed({ Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER, Roles.TOWNSHIP_SUPERVISOR,
            Roles.VILLAGE_DIRECTOR })
    public @NonNull List<@NonNull ChildGuardianView> linkGuardian(
            @Name("childId") @Description("The child's ID.") @NonNull @Id String childId,
            @Name("guardianId") @Description("The guardian's ID.") @NonNull @Id String guardianId,
            @Name("relationship") @Description("How the guardian is related to the child.")
            @NonNull GuardianRelationship relationship,
            @Name("legalGuardian") @Description("Whether the guardian is the child's legal guardian (监护人).")
            @NonNull boolean legalGuardian,
            @Name("entrustedCaregiver") @Description("Whether the guardian is the child's entrusted caregiver "
            + "(被委托照护人).") @NonNull boolean entrustedCaregiver) {
        return guardians.linkGuardian(childId, guardianId, relationship, legalGuardian, entrustedCaregiver);
    }

    @Mutation("unlinkGuardian")
    @Description("Removes a guardian from a child; returns the child's guardians.")
    @RolesAllowed({ Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER, Roles.TOWNSHIP_SUPERVISOR,
            Roles.VILLAGE_DIRECTOR })
    public @NonNull List<@NonNull ChildGuardianView> unlinkGuardian(
            @Name("childId") @Description("The child's ID.") @NonNull @Id String childId,
            @Name("guardianId") @Description("The guardian's ID.") @NonNull @Id String guardianId) {
        return guardians.unlinkGuardian(childId, guardianId);
    }
}
