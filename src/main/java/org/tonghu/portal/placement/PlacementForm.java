package org.tonghu.portal.placement;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.FormParam;

import org.tonghu.graphql.Problem;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.placement.PlacementInput;
import org.tonghu.placement.PlacementKind;
import org.tonghu.portal.FormValues;
import org.tonghu.time.ChinaTime;

/**
 * The form recording a placement, as posted: plain strings, so what was typed shows again with the errors.
 * {@link #toInput()} builds the API's input, checked by the same rules and codes; of the carer and the institution
 * sections it takes only the one of the chosen kind, as the form without JavaScript shows both.
 */
public class PlacementForm {

    /** Where the API's problem fields show on this form. */
    static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("input.childId", "child"),
            Map.entry("input.kind", "kind"), Map.entry("input.carerGuardianId", "carerGuardianId"),
            Map.entry("input.carerName", "carerName"), Map.entry("input.carerPhone", "carerPhone"),
            Map.entry("input.institutionId", "institutionId"), Map.entry("input.startsOn", "startsOn"),
            Map.entry("input.reasons", "reasons"), Map.entry("input.legalBasis", "legalBasis"),
            Map.entry("input.firstReviewOn", "firstReviewOn"), Map.entry("input.protectionReportId", "child"));

    @FormParam("childId")
    public String childId;
    @FormParam("protectionReportId")
    public String protectionReportId;
    @FormParam("kind")
    public String kind;
    @FormParam("carerGuardianId")
    public String carerGuardianId;
    @FormParam("carerName")
    public String carerName;
    @FormParam("carerPhone")
    public String carerPhone;
    @FormParam("institutionId")
    public String institutionId;
    @FormParam("startsOn")
    public String startsOn;
    @FormParam("reasons")
    public String reasons;
    @FormParam("legalBasis")
    public String legalBasis;
    @FormParam("firstReviewOn")
    public String firstReviewOn;

    /** A new form for a child (and the report it comes from, if any): relatives, starting today. */
    static PlacementForm defaults(String childId, String protectionReportId) {
        PlacementForm form = new PlacementForm();
        form.childId = childId;
        form.protectionReportId = FormValues.blank(protectionReportId) ? null : protectionReportId;
        form.kind = PlacementKind.ENTRUSTED_TO_RELATIVES.name();
        form.startsOn = ChinaTime.today().toString();
        return form;
    }

    /** Whether the form names this guardian of the child as the carer. */
    public boolean guardianChosen(Object guardianId) {
        return guardianId != null && guardianId.toString().equals(carerGuardianId);
    }

    /** The API's input; a kind or date the form could not send is a problem on its field. */
    PlacementInput toInput() {
        List<Problem> problems = new ArrayList<>();
        PlacementKind chosen = null;
        try {
            chosen = FormValues.choice(PlacementKind.class, kind, "input.kind");
        } catch (ValidationFailedException e) {
            problems.addAll(e.problems());
        }
        LocalDate starts = date(startsOn, "input.startsOn", true, problems);
        LocalDate firstReview = date(firstReviewOn, "input.firstReviewOn", false, problems);
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        boolean family = chosen.withFamily();
        return new PlacementInput(childId, chosen, family ? given(carerGuardianId) : null,
                family ? given(carerName) : null, family ? given(carerPhone) : null,
                family ? null : given(institutionId), starts, reasons == null ? "" : reasons, given(legalBasis),
                firstReview, given(protectionReportId));
    }

    private static String given(String text) {
        return FormValues.blank(text) ? null : text;
    }

    private static LocalDate date(String text, String field, boolean required, List<Problem> problems) {
        if (FormValues.blank(text)) {
            if (required) {
                problems.add(Problem.ofField(field, "REQUIRED", "Required."));
            }
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeException e) {
            problems.add(Problem.ofField(field, "DATE_INVALID", "Not a date."));
            return null;
        }
    }
}
