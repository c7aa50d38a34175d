package org.tonghu.portal.protection;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Map;

import jakarta.ws.rs.FormParam;

import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.portal.FormValues;
import org.tonghu.protection.ProtectionReportCategory;
import org.tonghu.protection.ProtectionReportInput;
import org.tonghu.protection.UnregisteredChildInput;
import org.tonghu.time.ChinaTime;

/**
 * The report form as posted: plain strings, so what was typed shows again with the errors. {@link #toInput()} builds
 * the API's input, checked by the same rules and codes. A form with a child's id reports that registered child;
 * without one it describes a child not registered.
 */
public class ReportForm {

    /** Where the API's problem fields show on this form. */
    static final Map<String, String> FIELDS = Map.of("input.childId", "childName",
            "input.describedChild.name", "childName", "input.describedChild.approximateAge", "approximateAge",
            "input.describedChild.regionCode", "regionCode", "input.describedChild.guardian", "guardian",
            "input.category", "category", "input.observed", "observed", "input.discoveredAt", "discoveredOn",
            "input.actionTaken", "actionTaken");

    @FormParam("childId")
    public String childId;
    @FormParam("childName")
    public String childName;
    @FormParam("approximateAge")
    public String approximateAge;
    @FormParam("regionCode")
    public String regionCode;
    @FormParam("guardian")
    public String guardian;
    @FormParam("category")
    public String category;
    @FormParam("observed")
    public String observed;
    @FormParam("discoveredOn")
    public String discoveredOn;
    @FormParam("discoveredTime")
    public String discoveredTime;
    @FormParam("immediateDanger")
    public String immediateDanger;
    @FormParam("actionTaken")
    public String actionTaken;

    /** A new form: discovered now (China time), in the reporter's own village when they have one. */
    static ReportForm defaults(String childId, OffsetDateTime now, String homePlace) {
        ReportForm form = new ReportForm();
        form.childId = childId;
        var local = now.atZoneSameInstant(ChinaTime.ZONE);
        form.discoveredOn = local.toLocalDate().toString();
        form.discoveredTime = local.toLocalTime().withSecond(0).withNano(0).toString();
        form.regionCode = homePlace;
        return form;
    }

    boolean forRegisteredChild() {
        return !FormValues.blank(childId);
    }

    boolean danger() {
        return "true".equals(immediateDanger);
    }

    /** The API's input; a date, time or age the form could not send is the API's code for that field. */
    ProtectionReportInput toInput() {
        OffsetDateTime discoveredAt;
        try {
            LocalTime time = FormValues.blank(discoveredTime) ? LocalTime.NOON : LocalTime.parse(discoveredTime);
            discoveredAt = LocalDate.parse(discoveredOn).atTime(time).atZone(ChinaTime.ZONE).toOffsetDateTime();
        } catch (DateTimeException | NullPointerException e) {
            throw ValidationFailedException.of("input.discoveredAt", "DISCOVERED_AT_INVALID",
                    "discoveredAt is not a date and time.");
        }
        ProtectionReportCategory chosen = FormValues.choice(ProtectionReportCategory.class, category,
                "input.category");
        UnregisteredChildInput described = null;
        if (!forRegisteredChild()) {
            Integer age = null;
            if (!FormValues.blank(approximateAge)) {
                try {
                    age = Integer.valueOf(approximateAge.trim());
                } catch (NumberFormatException e) {
                    throw ValidationFailedException.of("input.describedChild.approximateAge",
                            "APPROXIMATE_AGE_INVALID", "approximateAge is not a number.");
                }
            }
            described = new UnregisteredChildInput(childName == null ? "" : childName, age,
                    regionCode == null ? "" : regionCode.trim(), blankToNull(guardian));
        }
        return new ProtectionReportInput(forRegisteredChild() ? childId : null, described, chosen,
                observed == null ? "" : observed, discoveredAt, danger(), blankToNull(actionTaken));
    }

    private static String blankToNull(String text) {
        return FormValues.blank(text) ? null : text;
    }
}
