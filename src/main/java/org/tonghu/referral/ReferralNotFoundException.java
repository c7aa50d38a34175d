package org.tonghu.referral;

import org.tonghu.graphql.NotFoundException;

import io.smallrye.graphql.api.ErrorCode;

/** No referral with this id that the caller's organization received. */
@ErrorCode("REFERRAL_NOT_FOUND")
public class ReferralNotFoundException extends NotFoundException {

    public ReferralNotFoundException() {
        super("No referral with this id.");
    }
}
