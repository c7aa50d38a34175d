package org.tonghu.portal.visit;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.FormParam;

import org.tonghu.concern.ConcernCategory;
import org.tonghu.concern.ConcernInput;
import org.tonghu.concern.ConcernSeverity;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.time.ChinaTime;
import org.tonghu.visit.ContactMode;
import org.tonghu.visit.SituationInput;
import org.tonghu.visit.SituationRating;
import org.tonghu.visit.VisitInput;
import org.tonghu.visit.VisitKind;

/**
 * The record-a-visit form as posted: plain strings, so that what the user typed can be shown again with the errors.
 * {@link #toInput()} builds the same input the API takes, so the form is checked by the same rules and codes.
 */
public class VisitForm {

    /** Where the API's problem fields show on this form. */
    static final Map<String, String> FIELDS = Map.of("input.contactMode", "contactMode", "input.visitedAt", "visitedOn",
            "input.personsMet", "personsMet", "input.emotional.note", "emotionalNote", "input.notes", "notes",
            "input.concerns[0].description", "concernDescription", "childId", "kind");

    @FormParam("kind")
    public String kind;
    @FormParam("contactMode")
    public String contactMode;
    @FormParam("visitedOn")
    public String visitedOn;
    @FormParam("visitedTime")
    public String visitedTime;
    @FormParam("personsMet")
    public String personsMet;
    @FormParam("emotionalRating")
    public String emotionalRating;
    @FormParam("emotionalNote")
    public String emotionalNote;
    @FormParam("notes")
    public String notes;
    @FormParam("concernCategory")
    public String concernCategory;
    @FormParam("concernSeverity")
    public String concernSeverity;
    @FormParam("concernDescription")
    public String concernDescription;

    /** A new form with sensible defaults: now, and a home visit when one is overdue. */
    static VisitForm defaults(boolean homeVisitOverdue) {
        VisitForm form = new VisitForm();
        form.kind = homeVisitOverdue ? VisitKind.HOME_VISIT.name() : VisitKind.CONTACT.name();
        form.contactMode = ContactMode.PHONE.name();
        form.visitedOn = ChinaTime.today().toString();
        form.visitedTime = ChinaTime.now().toLocalTime().withSecond(0).withNano(0).toString();
        form.emotionalRating = SituationRating.GOOD.name();
        return form;
    }

    /** The API input; a date the form could not send is {@code VISITED_AT_INVALID}, as the API would say. */
    VisitInput toInput() {
        VisitKind visitKind = "HOME_VISIT".equals(kind) ? VisitKind.HOME_VISIT : VisitKind.CONTACT;
        ContactMode mode = visitKind == VisitKind.HOME_VISIT ? ContactMode.IN_HOME
                : enumOrNull(ContactMode.class, contactMode);
        OffsetDateTime visitedAt;
        try {
            LocalTime time = visitedTime == null || visitedTime.isBlank() ? LocalTime.NOON
                    : LocalTime.parse(visitedTime);
            visitedAt = LocalDate.parse(visitedOn).atTime(time).atZone(ChinaTime.ZONE).toOffsetDateTime();
        } catch (DateTimeException | NullPointerException e) {
            throw ValidationFailedException.of("input.visitedAt", "VISITED_AT_INVALID",
                    "visitedAt is not a date and time.");
        }
        SituationRating rating = enumOrNull(SituationRating.class, emotionalRating);
        SituationInput emotional = rating == null ? null : new SituationInput(rating, blankToNull(emotionalNote));
        List<ConcernInput> concerns = concernDescription == null || concernDescription.isBlank() ? List.of()
                : List.of(new ConcernInput(orDefault(ConcernCategory.class, concernCategory, ConcernCategory.OTHER),
                        orDefault(ConcernSeverity.class, concernSeverity, ConcernSeverity.MEDIUM), concernDescription,
                        null));
        return new VisitInput(visitKind, mode, visitedAt, blankToNull(personsMet), null, null, null, null, emotional,
                null, blankToNull(notes), List.of(), concerns);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        try {
            return name == null ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E orDefault(Class<E> type, String name, E fallback) {
        E value = enumOrNull(type, name);
        return value == null ? fallback : value;
    }
}
