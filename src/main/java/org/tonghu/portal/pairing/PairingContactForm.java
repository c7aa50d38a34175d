package org.tonghu.portal.pairing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.FormParam;

import org.tonghu.concern.ConcernCategory;
import org.tonghu.concern.ConcernInput;
import org.tonghu.concern.ConcernSeverity;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.pairing.PairingContactInput;
import org.tonghu.pairing.PairingContactMode;
import org.tonghu.time.ChinaTime;

/** The check-in form as posted; {@link #toInput()} builds the API's input, checked by the same rules. */
public class PairingContactForm {

    static final Map<String, String> FIELDS = Map.of("input.contactedOn", "contactedOn", "input.notes", "notes",
            "input.concerns[0].description", "concernDescription", "pairingId", "contactedOn");

    @FormParam("contactedOn")
    public String contactedOn;
    @FormParam("mode")
    public String mode;
    @FormParam("notes")
    public String notes;
    @FormParam("concernDescription")
    public String concernDescription;

    static PairingContactForm defaults() {
        PairingContactForm form = new PairingContactForm();
        form.contactedOn = ChinaTime.today().toString();
        form.mode = PairingContactMode.PHONE.name();
        return form;
    }

    PairingContactInput toInput() {
        LocalDate day;
        try {
            day = LocalDate.parse(contactedOn);
        } catch (DateTimeException | NullPointerException e) {
            throw ValidationFailedException.of("input.contactedOn", "CONTACTED_ON_INVALID",
                    "contactedOn is not a date.");
        }
        PairingContactMode contactMode;
        try {
            contactMode = PairingContactMode.valueOf(mode);
        } catch (IllegalArgumentException | NullPointerException e) {
            contactMode = PairingContactMode.PHONE;
        }
        List<ConcernInput> concerns = concernDescription == null || concernDescription.isBlank() ? List.of()
                : List.of(new ConcernInput(ConcernCategory.OTHER, ConcernSeverity.MEDIUM, concernDescription, null));
        return new PairingContactInput(day, contactMode, notes == null || notes.isBlank() ? null : notes, concerns);
    }
}
