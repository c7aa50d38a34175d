package org.tonghu.harbor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** What a caller may write about a Tongxin Harbor site. */
@Input("HarborSiteInput")
@Description("What a caller may write about a Tongxin Harbor site.")
public record HarborSiteInput(
        @NonNull @Description("The site's name, up to 100 characters.") String name,
        @NonNull @Description("A known village.") String villageCode,
        @NonNull @Id @Description("The organization that runs it: your own, or any in a village of your jurisdiction.")
        String operatingOrganizationId) {
}
