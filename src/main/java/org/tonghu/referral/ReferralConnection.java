package org.tonghu.referral;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;
import org.tonghu.graphql.PageRequest;

/** A page of referrals, the latest first. */
@Description("A page of referrals, the latest first.")
public record ReferralConnection(
        @NonNull @Description(PageRequest.EDGES_DESCRIPTION) List<@NonNull ReferralEdge> edges,
        @NonNull @Description(PageRequest.PAGE_INFO_DESCRIPTION) PageInfo pageInfo) {
}
