package org.tonghu.volunteer;

import org.tonghu.graphql.NotFoundException;

import io.smallrye.graphql.api.ErrorCode;

/** No volunteer with this id that the caller may see. */
@ErrorCode("VOLUNTEER_NOT_FOUND")
public class VolunteerNotFoundException extends NotFoundException {

    public VolunteerNotFoundException() {
        super("No volunteer with this id.");
    }
}
