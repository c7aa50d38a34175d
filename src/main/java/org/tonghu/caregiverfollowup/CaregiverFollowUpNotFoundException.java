package org.tonghu.caregiverfollowup;

import org.tonghu.graphql.NotFoundException;

import io.smallrye.graphql.api.ErrorCode;

/** No caregiver follow-up with this id that the caller keeps. */
@ErrorCode("CAREGIVER_FOLLOW_UP_NOT_FOUND")
public class CaregiverFollowUpNotFoundException extends NotFoundException {

    public CaregiverFollowUpNotFoundException() {
        super("No caregiver follow-up with this id.");
    }
}
