package org.tonghu.director;

import org.tonghu.graphql.NotFoundException;

import io.smallrye.graphql.api.ErrorCode;

/** No appointment with this id that the caller may see. */
@ErrorCode("APPOINTMENT_NOT_FOUND")
public class AppointmentNotFoundException extends NotFoundException {

    public AppointmentNotFoundException() {
        super("No appointment with this id.");
    }
}
