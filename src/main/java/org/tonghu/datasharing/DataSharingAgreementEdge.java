package org.tonghu.datasharing;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageRequest;

/** One agreement in a page of agreements. */
@Description("One data-sharing agreement in a page of them.")
public record DataSharingAgreementEdge(
        @NonNull @Description(PageRequest.CURSOR_DESCRIPTION) String cursor,
        @NonNull @Description(PageRequest.NODE_DESCRIPTION) DataSharingAgreementView node) {
}
