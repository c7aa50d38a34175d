package org.tonghu.datasharing;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;
import org.tonghu.graphql.PageRequest;

/** A page of data-sharing agreements, by client id. */
@Description("A page of data-sharing agreements, by client id.")
public record DataSharingAgreementConnection(
        @NonNull @Description(PageRequest.EDGES_DESCRIPTION) List<@NonNull DataSharingAgreementEdge> edges,
        @NonNull @Description(PageRequest.PAGE_INFO_DESCRIPTION) PageInfo pageInfo) {
}
