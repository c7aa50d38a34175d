package org.tonghu.referral;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;

/** A page of referrals, the latest first. */
public record ReferralConnection(@NonNull List<@NonNull ReferralEdge> edges, @NonNull PageInfo pageInfo) {
}
