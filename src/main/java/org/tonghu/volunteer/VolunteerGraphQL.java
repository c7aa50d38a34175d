package org.tonghu.volunteer;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.tonghu.graphql.ConflictException;
import org.tonghu.graphql.PageRequest;
import org.tonghu.graphql.TotalCount;
import org.tonghu.idempotency.Idempotent;
import org.tonghu.organization.OrganizationService;
import org.tonghu.organization.OrganizationView;
import org.tonghu.security.Roles;

import io.smallrye.graphql.api.Context;

/** Volunteers in the graph, and the edges between organizations and their volunteers. */
@GraphQLApi
@RolesAllowed({ Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER, Roles.TOWNSHIP_SUPERVISOR,
        Roles.VILLAGE_DIRECTOR, Roles.PARTNER_STAFF, Roles.THIRD_PARTY_APP })
public class VolunteerGraphQL {

    private final Context context;
    private final VolunteerService volunteers;
    private final OrganizationService organizations;

    VolunteerGraphQL(VolunteerService volunteers, OrganizationService organizations, Context context) {
        this.context = context;
        this.volunteers = volunteers;
        this.organizations = organizations;
    }

    @Query("volunteer")

    @Description("The volunteer with this ID, if of an organization you may see.")
    public @NonNull VolunteerView volunteer(@Name("id") @Description("The volunteer's ID.") @NonNull @Id String id) {
        return volunteers.findVolunteer(id);
    }

    @Query("volunteers")
    @Description("A page of the volunteers you may see: your organization's, or those of organizations in your "
            + "jurisdiction. first: 1 to 100, default 20.")
    public @NonNull VolunteerConnection volunteers(
            @Name("organizationId") @Description("Only this organization's volunteers.") @Id String organizationId,
            @Name("nameContains") @Description("Part of the name, 1 to 50 characters.") String nameContains,
            @Name("first") @Description(PageRequest.FIRST_DESCRIPTION) Integer first,
            @Name("after") @Description(PageRequest.AFTER_DESCRIPTION) String after) {
        return volunteers.listVolunteers(organizationId, nameContains, first, after,
                TotalCount.requested(context));
    }

    @Description("Up to 100 of the organization's volunteers, by name, if you may see them; use the volunteers query "
            + "to page.")
    public List<@NonNull List<@NonNull VolunteerView>> volunteers(@Source List<OrganizationView> sources) {
        return volunteers.volunteersOf(sources);
    }

    @Description("The organization the volunteer belongs to.")
    public List<@NonNull OrganizationView> organization(@Source List<VolunteerView> sources) {
        Map<UUID, OrganizationView> found = organizations.findOrganizations(sources.stream()
                .map(v -> UUID.fromString(v.organizationId())).collect(Collectors.toSet()));
        return sources.stream().map(v -> found.get(UUID.fromString(v.organizationId()))).toList();
    }

    @Mutation("createVolunteer")
    @Idempotent
    @Description("Registers a volunteer of your organization, or of an organization in your jurisdiction.")
    public @NonNull VolunteerView createVolunteer(
            @Name("organizationId") @Description("The organization the volunteer belongs to.")
            @NonNull @Id String organizationId,
            @Name("input") @Description("The volunteer.") @NonNull VolunteerInput input) {
        return volunteers.createVolunteer(organizationId, input);
    }

    @Mutation("updateVolunteer")
    @Description("A stale expectedVersion gets CONFLICT and changes nothing.")
    public @NonNull VolunteerView updateVolunteer(
            @Name("id") @Description("The volunteer's ID.") @NonNull @Id String id,
            @Name("expectedVersion") @NonNull @Description(ConflictException.EXPECTED_VERSION) int expectedVersion,
            @Name("input") @Description("Its new details.") @NonNull VolunteerInput input) {
        return volunteers.updateVolunteer(id, expectedVersion, input);
    }
}
