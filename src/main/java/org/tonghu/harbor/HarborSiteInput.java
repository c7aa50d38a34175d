package org.tonghu.harbor;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** What a caller may write about a Tongxin Harbor site. */
@Input("HarborSiteInput")
public record HarborSiteInput(@NonNull String name, @NonNull String villageCode,
        @NonNull @Id String operatingOrganizationId) {
}
