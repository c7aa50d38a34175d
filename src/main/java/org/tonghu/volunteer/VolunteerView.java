package org.tonghu.volunteer;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.tonghu.time.ChinaTime;

/** A volunteer as the graph shows it. */
@Type("Volunteer")
@Description("A volunteer (志愿者) of an organization.")
public record VolunteerView(
        @NonNull @Id @Description("The volunteer's ID.") String id,
        @NonNull @Description("The organization the volunteer belongs to.") String organizationId,
        @NonNull @Description("The volunteer's name.") String personName,
        @Description("The volunteer's phone.") String phone,
        @Description("What the volunteer can offer.") String skills,
        @NonNull @Description("Whether the volunteer is active.") boolean active,
        @Description("When the background check (背景审查) expires; null if none recorded.")
        LocalDate backgroundCheckExpiresOn,
        @NonNull @Description("A background check that has not expired: needed for new pairings.")
        boolean backgroundCheckValid,
        @NonNull @Description("Pass as expectedVersion when updating.") int version) {

    static VolunteerView of(Volunteer volunteer) {
        boolean valid = volunteer.backgroundCheckExpiresOn != null
                && !volunteer.backgroundCheckExpiresOn.isBefore(ChinaTime.today());
        return new VolunteerView(volunteer.id.toString(), volunteer.organizationId.toString(), volunteer.personName,
                volunteer.phone, volunteer.skills, volunteer.active, volunteer.backgroundCheckExpiresOn, valid,
                (int) volunteer.version);
    }
}
