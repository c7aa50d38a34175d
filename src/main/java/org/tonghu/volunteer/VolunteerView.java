package org.tonghu.volunteer;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.tonghu.time.ChinaTime;

/** A volunteer as the graph shows it. */
@Type("Volunteer")
public record VolunteerView(
        @NonNull @Id String id,
        @NonNull String organizationId,
        @NonNull String personName,
        String phone,
        String skills,
        @NonNull boolean active,
        LocalDate backgroundCheckExpiresOn,
        @NonNull @Description("A background check that has not expired: needed for new pairings.")
        boolean backgroundCheckValid,
        @NonNull int version) {

    static VolunteerView of(Volunteer volunteer) {
        boolean valid = volunteer.backgroundCheckExpiresOn != null
                && !volunteer.backgroundCheckExpiresOn.isBefore(ChinaTime.today());
        return new VolunteerView(volunteer.id.toString(), volunteer.organizationId.toString(), volunteer.personName,
                volunteer.phone, volunteer.skills, volunteer.active, volunteer.backgroundCheckExpiresOn, valid,
                (int) volunteer.version);
    }
}
