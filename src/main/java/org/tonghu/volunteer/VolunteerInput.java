package org.tonghu.volunteer;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** What a caller may write about a volunteer; the organization is set on creation only. */
@Input("VolunteerInput")
public record VolunteerInput(@NonNull String personName, String phone, String skills, @NonNull boolean active,
        LocalDate backgroundCheckExpiresOn) {
}
