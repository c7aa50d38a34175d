package org.tonghu.portal.rehabilitation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;

import jakarta.ws.rs.FormParam;

import org.tonghu.child.ChildReferenceInput;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.portal.FormValues;
import org.tonghu.rehabilitation.FundingSource;
import org.tonghu.rehabilitation.RehabilitationInput;
import org.tonghu.rehabilitation.RehabilitationKind;
import org.tonghu.rehabilitation.RehabilitationStatus;
import org.tonghu.time.ChinaTime;

/** The rehabilitation form as posted; {@link #toInput()} builds the API's input, checked by the same rules. */
public class RehabilitationForm {

    static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("input.child", "childIdNumber"),
            Map.entry("input.child.childId", "childIdNumber"), Map.entry("input.provider", "provider"),
            Map.entry("input.startsOn", "startsOn"), Map.entry("input.endsOn", "endsOn"),
            Map.entry("input.fundingSource", "fundingSource"), Map.entry("input.device", "device"),
            Map.entry("input.sessionsPlanned", "sessionsPlanned"),
            Map.entry("input.sessionsCompleted", "sessionsPlanned"),
            Map.entry("input.outcome", "outcome"), Map.entry("input.findings", "findings"));

    @FormParam("childIdNumber")
    public String childIdNumber;
    @FormParam("childName")
    public String childName;
    @FormParam("kind")
    public String kind;
    @FormParam("provider")
    public String provider;
    @FormParam("startsOn")
    public String startsOn;
    @FormParam("endsOn")
    public String endsOn;
    @FormParam("status")
    public String status;
    @FormParam("fundingSource")
    public String fundingSource;
    @FormParam("device")
    public String device;
    @FormParam("sessionsPlanned")
    public String sessionsPlanned;
    @FormParam("findings")
    public String findings;
    @FormParam("outcome")
    public String outcome;

    static RehabilitationForm defaults() {
        RehabilitationForm form = new RehabilitationForm();
        form.kind = RehabilitationKind.ASSISTIVE_DEVICE.name();
        form.status = RehabilitationStatus.PLANNED.name();
        form.startsOn = ChinaTime.today().toString();
        return form;
    }

    RehabilitationInput toInput() {
        FundingSource funding = FormValues.blank(fundingSource) ? null
                : FormValues.choice(FundingSource.class, fundingSource, "input.fundingSource");
        return new RehabilitationInput(new ChildReferenceInput(null, childIdNumber, childName),
                FormValues.choice(RehabilitationKind.class, kind, "input.kind"), provider,
                date(startsOn, "input.startsOn", true), date(endsOn, "input.endsOn", false), funding,
                FormValues.choice(RehabilitationStatus.class, status, "input.status"), orNull(findings), orNull(device),
                number(sessionsPlanned), null, orNull(outcome));
    }

    private static String orNull(String text) {
        return FormValues.blank(text) ? null : text;
    }

    private static LocalDate date(String text, String field, boolean required) {
        if (FormValues.blank(text) && !required) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException | NullPointerException e) {
            throw ValidationFailedException.of(field, "STARTS_ON_INVALID", "Not a date.");
        }
    }

    private static Integer number(String text) {
        try {
            return FormValues.blank(text) ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw ValidationFailedException.of("input.sessionsPlanned", "SESSIONS_INVALID", "Not a number.");
        }
    }
}
