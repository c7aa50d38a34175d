package org.tonghu.portal.pairing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;

import jakarta.ws.rs.FormParam;

import org.tonghu.child.ChildReferenceInput;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.pairing.PairingInput;
import org.tonghu.pairing.PairingKind;
import org.tonghu.time.ChinaTime;

/** The new-pairing form as posted; {@link #toInput()} builds the API's input, checked by the same rules. */
public class PairingForm {

    /** Where the API's problem fields show on this form. */
    static final Map<String, String> FIELDS = Map.of("input.child", "childIdNumber", "input.child.childId",
            "childIdNumber", "input.volunteerId", "volunteerId", "input.kind", "kind", "input.startsOn", "startsOn",
            "input.checkInIntervalDays", "checkInIntervalDays", "input.goals", "goals", "input.plannedEndOn",
            "startsOn");

    @FormParam("childIdNumber")
    public String childIdNumber;
    @FormParam("childName")
    public String childName;
    @FormParam("volunteerId")
    public String volunteerId;
    @FormParam("kind")
    public String kind;
    @FormParam("startsOn")
    public String startsOn;
    @FormParam("checkInIntervalDays")
    public String checkInIntervalDays;
    @FormParam("goals")
    public String goals;

    /** A new form: today, the kind the organization registers most, and the policy's check-in interval. */
    static PairingForm defaults(boolean womensFederation, int checkInIntervalDays) {
        PairingForm form = new PairingForm();
        form.kind = (womensFederation ? PairingKind.LOVING_MOTHER : PairingKind.VOLUNTEER_BUDDY).name();
        form.startsOn = ChinaTime.today().toString();
        form.checkInIntervalDays = String.valueOf(checkInIntervalDays);
        return form;
    }

    PairingInput toInput() {
        LocalDate start;
        try {
            start = startsOn == null || startsOn.isBlank() ? null : LocalDate.parse(startsOn);
        } catch (DateTimeException e) {
            throw ValidationFailedException.of("input.startsOn", "STARTS_ON_INVALID", "startsOn is not a date.");
        }
        Integer interval;
        try {
            interval = checkInIntervalDays == null || checkInIntervalDays.isBlank() ? null
                    : Integer.valueOf(checkInIntervalDays.strip());
        } catch (NumberFormatException e) {
            throw ValidationFailedException.of("input.checkInIntervalDays", "CHECK_IN_INTERVAL_INVALID",
                    "checkInIntervalDays is a number of days.");
        }
        PairingKind pairingKind;
        try {
            pairingKind = PairingKind.valueOf(kind);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ValidationFailedException.of("input.kind", "KIND_NOT_FOR_ORGANIZATION", "Choose a kind.");
        }
        return new PairingInput(new ChildReferenceInput(null, childIdNumber, childName),
                volunteerId == null || volunteerId.isBlank() ? "-" : volunteerId, pairingKind, start, null, goals,
                interval);
    }
}
