package org.tonghu.me;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.tonghu.organization.OrganizationView;
import org.tonghu.region.RegionView;

/** The signed-in user or client, as the graph shows it to themselves. */
@Type("Me")
@Description("Who is asking: identity, roles, jurisdiction and organization, as the token states them.")
public record MeView(
        @NonNull @Description("The token's subject.") String subject,
        @Description("The user name, if the token is a person's.") String username,
        @NonNull @Description("The name to show: the token's name, else its preferred username, else the subject.")
        String displayName,
        @NonNull @Description("Tonghu roles, e.g. village-director.") List<@NonNull String> roles,
        @Description("The region of the user's jurisdiction.") RegionView region,
        @Description("The organization the user or client acts for.") OrganizationView organization,
        @Description("The OAuth client the token was issued to.") String clientId) {
}
