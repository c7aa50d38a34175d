package org.tonghu.harbor;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A Tongxin Harbor site as the graph shows it. */
@Type("HarborSite")
public record HarborSiteView(@NonNull @Id String id, @NonNull String name, @NonNull String villageCode,
        @NonNull String operatingOrganizationId, @NonNull int version) {

    static HarborSiteView of(HarborSite site) {
        return new HarborSiteView(site.id.toString(), site.name, site.villageCode,
                site.operatingOrganizationId.toString(), (int) site.version);
    }
}
