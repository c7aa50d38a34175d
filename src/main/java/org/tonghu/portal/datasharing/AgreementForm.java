package org.tonghu.portal.datasharing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.FormParam;

import org.tonghu.datasharing.DataSharingRegistrationInput;
import org.tonghu.datasharing.DataSharingTermsInput;
import org.tonghu.datasharing.FieldSet;
import org.tonghu.datasharing.LegalBasis;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.portal.FormValues;
import org.tonghu.time.ChinaTime;
import org.tonghu.webhook.WebhookEventKind;

/**
 * The form registering an app with its agreement, as posted: plain strings, so what was typed shows again with the
 * errors. {@link #toInput()} builds the API's input, checked by the same rules and codes. Regions and operations are
 * typed as lists separated by commas, spaces or lines.
 */
public class AgreementForm {

    /** Where the API's problem fields show on this form (list items show on their list). */
    static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("input.clientId", "clientId"),
            Map.entry("input.organizationId", "organizationId"), Map.entry("input.terms.purpose", "purpose"),
            Map.entry("input.terms.legalBasis", "legalBasis"), Map.entry("input.terms.regionCodes", "regionCodes"),
            Map.entry("input.terms.fieldSet", "fieldSet"), Map.entry("input.terms.operations", "operations"),
            Map.entry("input.terms.startsOn", "startsOn"), Map.entry("input.terms.expiresOn", "expiresOn"),
            Map.entry("input.terms.requestsPerMinute", "requestsPerMinute"),
            Map.entry("input.terms.dailyQuota", "dailyQuota"));

    @FormParam("clientId")
    public String clientId;
    @FormParam("organizationId")
    public String organizationId;
    @FormParam("purpose")
    public String purpose;
    @FormParam("legalBasis")
    public String legalBasis;
    @FormParam("regionCodes")
    public String regionCodes;
    @FormParam("fieldSet")
    public String fieldSet;
    @FormParam("operations")
    public String operations;
    @FormParam("webhookEvents")
    public List<String> webhookEvents;
    @FormParam("startsOn")
    public String startsOn;
    @FormParam("expiresOn")
    public String expiresOn;
    @FormParam("requestsPerMinute")
    public String requestsPerMinute;
    @FormParam("dailyQuota")
    public String dailyQuota;

    /** An empty form: the term from today for a year, the directory only. */
    static AgreementForm defaults() {
        AgreementForm form = new AgreementForm();
        form.startsOn = ChinaTime.today().toString();
        form.expiresOn = ChinaTime.today().plusYears(1).toString();
        form.fieldSet = FieldSet.DIRECTORY.name();
        form.legalBasis = LegalBasis.STATUTORY_DUTY.name();
        form.operations = "me";
        form.requestsPerMinute = "60";
        form.dailyQuota = "10000";
        return form;
    }

    /** The form field a problem of the API belongs to ({@code input.terms.operations[2]} shows on operations). */
    static String fieldOf(String apiField) {
        return apiField == null ? null : FIELDS.get(apiField.replaceAll("\\[\\d+]$", ""));
    }

    /** Whether a webhook event kind is ticked. */
    public boolean ticked(Object kind) {
        return webhookEvents != null && webhookEvents.contains(String.valueOf(kind));
    }

    DataSharingRegistrationInput toInput() {
        List<WebhookEventKind> events = webhookEvents == null ? List.of() : webhookEvents.stream()
                .map(name -> FormValues.choice(WebhookEventKind.class, name, "input.terms.webhookEvents")).toList();
        DataSharingTermsInput terms = new DataSharingTermsInput(purpose,
                FormValues.choice(LegalBasis.class, legalBasis, "input.terms.legalBasis"), list(regionCodes),
                FormValues.choice(FieldSet.class, fieldSet, "input.terms.fieldSet"), list(operations), events,
                date(startsOn, "input.terms.startsOn"), date(expiresOn, "input.terms.expiresOn"),
                number(requestsPerMinute, "input.terms.requestsPerMinute"),
                number(dailyQuota, "input.terms.dailyQuota"));
        return new DataSharingRegistrationInput(clientId, organizationId, terms);
    }

    private static List<String> list(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[\\s,，、]+")).filter(s -> !s.isEmpty()).toList();
    }

    private static LocalDate date(String text, String field) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeException e) {
            throw ValidationFailedException.of(field, "DATE_INVALID", "Not a date.");
        }
    }

    private static Integer number(String text, String field) {
        if (FormValues.blank(text)) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw ValidationFailedException.of(field, "LIMIT_OUT_OF_RANGE", "Not a number.");
        }
    }
}
