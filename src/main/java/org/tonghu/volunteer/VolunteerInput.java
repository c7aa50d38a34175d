package org.tonghu.volunteer;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** What a caller may write about a volunteer; the organization is set on creation only. */
@Input("VolunteerInput")
@Description("What a caller may write about a volunteer.")
public record VolunteerInput(
        @NonNull @Description("The volunteer's name, up to 50 characters.") String personName,
        @Description("A mainland mobile (11 digits) or landline number.") String phone,
        @Description("What the volunteer can offer, up to 300 characters.") String skills,
        @NonNull @Description("Whether the volunteer is active.") boolean active,
        @Description("When the background check expires: between 2000 and ten years from now.")
        LocalDate backgroundCheckExpiresOn) {
}
