package org.tonghu.portal.activity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.FormParam;

import org.tonghu.activity.ActivityInput;
import org.tonghu.activity.ActivityKind;
import org.tonghu.activity.PlaceKind;
import org.tonghu.activity.SafetyTopic;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.portal.FormValues;
import org.tonghu.time.ChinaTime;

/** The new-activity form as posted; {@link #toInput()} builds the API's input, checked by the same rules. */
public class ActivityForm {

    static final Map<String, String> FIELDS = Map.of("input.title", "title", "input.kind", "kind",
            "input.safetyTopics", "safetyTopic", "input.harborSiteId", "place", "input.regionCode", "place",
            "input.placeKind", "place", "input.endsAt", "date", "input.classHours", "classHours",
            "input.staffNames", "staffNames");

    /** The form field an API problem belongs on: each volunteer's problem on the volunteers' list. */
    static String fieldOf(String apiField) {
        return apiField != null && apiField.startsWith("input.volunteerIds") ? "volunteers" : FIELDS.get(apiField);
    }

    @FormParam("kind")
    public String kind;
    @FormParam("title")
    public String title;
    @FormParam("safetyTopic")
    public String safetyTopic;
    @FormParam("placeKind")
    public String placeKind;
    @FormParam("harborSiteId")
    public String harborSiteId;
    @FormParam("villageCode")
    public String villageCode;
    @FormParam("date")
    public String date;
    @FormParam("startTime")
    public String startTime;
    @FormParam("endTime")
    public String endTime;
    @FormParam("classHours")
    public String classHours;
    @FormParam("volunteerIds")
    public List<String> volunteerIds;
    @FormParam("staffNames")
    public String staffNames;

    /** Whether a volunteer is ticked, for showing the form again as it was sent. */
    public boolean hasVolunteer(String id) {
        return volunteerIds != null && volunteerIds.contains(id);
    }

    static ActivityForm defaults() {
        ActivityForm form = new ActivityForm();
        form.kind = ActivityKind.TONGXIN_HARBOR_EVENT.name();
        form.placeKind = PlaceKind.HARBOR_SITE.name();
        form.date = ChinaTime.today().toString();
        form.startTime = "09:00";
        form.endTime = "11:00";
        form.classHours = "2";
        return form;
    }

    ActivityInput toInput() {
        ActivityKind activityKind = FormValues.choice(ActivityKind.class, kind, "input.kind");
        PlaceKind place = FormValues.choice(PlaceKind.class, placeKind, "input.placeKind");
        OffsetDateTime startsAt;
        OffsetDateTime endsAt;
        try {
            LocalDate day = LocalDate.parse(date);
            startsAt = day.atTime(LocalTime.parse(startTime)).atZone(ChinaTime.ZONE).toOffsetDateTime();
            endsAt = day.atTime(LocalTime.parse(endTime)).atZone(ChinaTime.ZONE).toOffsetDateTime();
        } catch (DateTimeException | NullPointerException e) {
            throw ValidationFailedException.of("input.endsAt", "PERIOD_INVALID", "Give the date, start and end.");
        }
        double hours;
        try {
            hours = Double.parseDouble(classHours);
        } catch (NumberFormatException | NullPointerException e) {
            throw ValidationFailedException.of("input.classHours", "CLASS_HOURS_INVALID", "classHours is a number.");
        }
        List<SafetyTopic> topics = safetyTopic == null || safetyTopic.isBlank() ? List.of()
                : List.of(FormValues.choice(SafetyTopic.class, safetyTopic, "input.safetyTopics"));
        return new ActivityInput(activityKind, title, topics, place,
                place == PlaceKind.HARBOR_SITE ? harborSiteId : null, null,
                place == PlaceKind.HARBOR_SITE ? null : villageCode, null, startsAt, endsAt, hours, null,
                volunteerIds == null ? List.of() : volunteerIds, FormValues.blank(staffNames) ? null : staffNames);
    }
}
