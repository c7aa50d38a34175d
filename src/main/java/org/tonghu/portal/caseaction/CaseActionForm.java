package org.tonghu.portal.caseaction;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;

import jakarta.ws.rs.FormParam;

import org.tonghu.caseaction.CaseActionInput;
import org.tonghu.caseaction.CaseActionKind;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.portal.FormValues;

/**
 * The form of a linked action on a child's case as posted: plain strings, so what was typed shows again with the
 * errors. {@link #toInput()} builds the API's input, checked by the same rules and codes.
 */
public class CaseActionForm {

    /** Where the API's problem fields show on this form. */
    static final Map<String, String> FIELDS = Map.of("input.kind", "kind", "input.actionDate", "actionDate",
            "input.issuingBody", "issuingBody", "input.documentNumber", "documentNumber",
            "input.protectionReportId", "protectionReportId",
            "input.familyEducationActivityId", "familyEducationActivityId", "input.note", "note");

    @FormParam("kind")
    public String kind;
    @FormParam("actionDate")
    public String actionDate;
    @FormParam("issuingBody")
    public String issuingBody;
    @FormParam("documentNumber")
    public String documentNumber;
    @FormParam("protectionReportId")
    public String protectionReportId;
    @FormParam("familyEducationActivityId")
    public String familyEducationActivityId;
    @FormParam("note")
    public String note;

    /** A new form: decided today (China time), after the mandatory report it was opened from, if any. */
    static CaseActionForm defaults(LocalDate today, String protectionReportId) {
        CaseActionForm form = new CaseActionForm();
        form.actionDate = today.toString();
        form.protectionReportId = FormValues.blank(protectionReportId) ? null : protectionReportId.strip();
        return form;
    }

    /** The API's input; a kind or date the form could not send is the API's code for that field. */
    CaseActionInput toInput() {
        CaseActionKind chosen = FormValues.choice(CaseActionKind.class, kind, "input.kind");
        LocalDate date;
        try {
            date = LocalDate.parse(actionDate == null ? "" : actionDate.strip());
        } catch (DateTimeException e) {
            throw ValidationFailedException.of("input.actionDate", "ACTION_DATE_INVALID", "actionDate is not a date.");
        }
        return new CaseActionInput(chosen, date, orEmpty(issuingBody), orEmpty(documentNumber),
                blankToNull(protectionReportId), blankToNull(familyEducationActivityId), blankToNull(note));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String blankToNull(String text) {
        return FormValues.blank(text) ? null : text.strip();
    }
}
