package org.tonghu.referral;

import org.eclipse.microprofile.graphql.NonNull;

/** One referral in a page of referrals. */
public record ReferralEdge(@NonNull String cursor, @NonNull ReferralView node) {
}
