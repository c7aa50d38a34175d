package org.tonghu.pairing;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.child.ChildReferenceInput;

/** A pairing to register; the organization is yours. */
@Input("PairingInput")
@Description("A pairing to register; the organization is yours.")
public record PairingInput(
        @NonNull @Description("The child, by ID or by national ID number and name.") ChildReferenceInput child,
        @NonNull @Id @Description("A volunteer (or teacher) of your organization.") String volunteerId,
        @NonNull @Description("What kind of pairing it is.") PairingKind kind,
        @Description("Defaults to today; not more than 30 days ahead.") LocalDate startsOn,
        @Description("When it is planned to end, if known.") LocalDate plannedEndOn,
        @Description("What the pairing is for (up to 1000 characters).") String goals,
        @Description("A check-in is due every so many days (1 to 92, default 14).") Integer checkInIntervalDays) {
}
