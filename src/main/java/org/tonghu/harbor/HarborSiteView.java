package org.tonghu.harbor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A Tongxin Harbor site as the graph shows it. */
@Type("HarborSite")
@Description("A Tongxin Harbor site (童心港湾): a place in a village where the Youth League runs activities for children.")
public record HarborSiteView(
        @NonNull @Id @Description("The site's ID.") String id,
        @NonNull @Description("The site's name.") String name,
        @NonNull @Description("The village it is in.") String villageCode,
        @NonNull @Description("The organization that runs it.") String operatingOrganizationId,
        @NonNull @Description("Pass as expectedVersion when updating.") int version) {

    static HarborSiteView of(HarborSite site) {
        return new HarborSiteView(site.id.toString(), site.name, site.villageCode,
                site.operatingOrganizationId.toString(), (int) site.version);
    }
}
