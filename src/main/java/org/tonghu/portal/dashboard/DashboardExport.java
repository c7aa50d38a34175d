package org.tonghu.portal.dashboard;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.tonghu.activity.DutyGap;
import org.tonghu.child.ChildCategory;
import org.tonghu.director.StaffingRow;
import org.tonghu.export.Spreadsheet;
import org.tonghu.portal.PortalText;
import org.tonghu.schedule.ComplianceMonth;
import org.tonghu.schedule.ComplianceRow;
import org.tonghu.training.TrainingCoverageRow;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;

/**
 * A dashboard's tables as a spreadsheet in the user's language, a sheet per table with the same rows as the page
 * (the totals last), for the region and period shown. Counts only, as on the page.
 */
@ApplicationScoped
class DashboardExport {

    private final PortalText text;
    private final Template dash;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    DashboardExport(PortalText text, Engine engine) {
        this.text = text;
        this.dash = engine.parse("{dash:message(key)}");
    }

    byte[] toXlsx(DashboardData data, Locale locale) {
        Spreadsheet workbook = new Spreadsheet();
        Spreadsheet.Sheet about = workbook.sheet(d(locale, "sheet_about"),
                List.of(d(locale, "field_column"), d(locale, "value_column")));
        about.row(m(locale, "region_column"), data.region().name());
        about.row(d(locale, "region_code"), data.region().code());
        about.row(d(locale, "period_label"), data.period().value());
        about.row(d(locale, "period_start"), data.period().start());
        about.row(d(locale, "period_end"), data.period().end());
        about.row(d(locale, "counted_through"), data.compliance().countedThrough());

        Spreadsheet.Sheet compliance = workbook.sheet(d(locale, "sheet_compliance"), List.of(
                m(locale, "region_column"), d(locale, "region_code"), m(locale, "children_count"),
                d(locale, "contact_on_time_count"), d(locale, "contact_share"), d(locale, "home_visit_on_time_count"),
                d(locale, "home_visit_share"), d(locale, "contact_overdue"), d(locale, "home_visit_overdue"),
                m(locale, "never_visited")));
        for (ComplianceRow row : data.compliance().byRegion()) {
            complianceRow(compliance, row, row.regionName());
        }
        complianceRow(compliance, data.compliance().total(), m(locale, "total"));

        Spreadsheet.Sheet trend = workbook.sheet(d(locale, "sheet_trend"), List.of(d(locale, "month_column"),
                m(locale, "children_count"), d(locale, "contact_on_time_count"), d(locale, "contact_share"),
                d(locale, "home_visit_on_time_count"), d(locale, "home_visit_share"), m(locale, "never_visited")));
        for (ComplianceMonth month : data.trend()) {
            ComplianceRow row = month.row();
            trend.row(month.month().toString(), row.children(), row.contactOnTime(),
                    DashboardResource.percent(row.contactOnTimeShare()), row.homeVisitOnTime(),
                    DashboardResource.percent(row.homeVisitOnTimeShare()), row.neverVisited());
        }

        Spreadsheet.Sheet categories = workbook.sheet(d(locale, "sheet_categories"),
                List.of(m(locale, "category"), m(locale, "children_count")));
        for (DashboardData.CategoryCount count : data.categories()) {
            categories.row(text.label(locale, "category", ChildCategory.valueOf(count.category())), count.children());
        }

        Spreadsheet.Sheet staffing = workbook.sheet(d(locale, "sheet_staffing"), List.of(m(locale, "region_column"),
                d(locale, "region_code"), m(locale, "villages"), m(locale, "villages_without_director"),
                m(locale, "villages_needing_more")));
        for (StaffingRow row : data.staffing().byRegion()) {
            staffing.row(row.regionName(), row.regionCode(), row.villages(), row.villagesWithoutDirector(),
                    row.villagesNeedingMoreDirectors());
        }
        StaffingRow staffed = data.staffing().total();
        staffing.row(m(locale, "total"), staffed.regionCode(), staffed.villages(), staffed.villagesWithoutDirector(),
                staffed.villagesNeedingMoreDirectors());

        if (data.training() != null) {
            Spreadsheet.Sheet training = workbook.sheet(d(locale, "sheet_training"), List.of(
                    m(locale, "region_column"), d(locale, "region_code"), m(locale, "appointed"), m(locale, "trained"),
                    m(locale, "trained_share")));
            for (TrainingCoverageRow row : data.training().byRegion()) {
                trainingRow(training, row, row.regionName());
            }
            trainingRow(training, data.training().total(), m(locale, "total"));
        }
        if (data.duties() != null) {
            Spreadsheet.Sheet duties = workbook.sheet(d(locale, "sheet_duties"),
                    List.of(d(locale, "duty_column"), d(locale, "name_column"), d(locale, "region_code")));
            dutyRows(duties, m(locale, "counties_without_safety"),
                    data.duties().countiesWithoutVillageSafetyEducation());
            dutyRows(duties, m(locale, "schools_without_winter"), data.duties().schoolsWithoutWinterHolidayLecture());
            dutyRows(duties, m(locale, "schools_without_summer"), data.duties().schoolsWithoutSummerHolidayLecture());
            dutyRows(duties, m(locale, "vice_principals_short"), data.duties().vicePrincipalsBelowFourClassHours());
        }
        if (data.partners() != null) {
            Spreadsheet.Sheet partners = workbook.sheet(d(locale, "sheet_partners"), Arrays.asList(
                    m(locale, "region_column"), d(locale, "region_code"), d(locale, "pairings_active"),
                    d(locale, "check_ins"), d(locale, "events_held"), d(locale, "attendance"),
                    d(locale, "rehabilitation_services"), d(locale, "referrals_made")));
            for (PartnerTotals.Row row : data.partners().byRegion()) {
                partnerRow(partners, row, row.regionName());
            }
            partnerRow(partners, data.partners().total(), m(locale, "total"));
        }
        return workbook.toXlsx();
    }

    private static void complianceRow(Spreadsheet.Sheet sheet, ComplianceRow row, String name) {
        sheet.row(name, row.regionCode(), row.children(), row.contactOnTime(),
                DashboardResource.percent(row.contactOnTimeShare()), row.homeVisitOnTime(),
                DashboardResource.percent(row.homeVisitOnTimeShare()), row.contactOverdue(), row.homeVisitOverdue(),
                row.neverVisited());
    }

    private static void trainingRow(Spreadsheet.Sheet sheet, TrainingCoverageRow row, String name) {
        sheet.row(name, row.regionCode(), row.appointed(), row.trained(),
                DashboardResource.percent(row.trainedShare()));
    }

    private static void partnerRow(Spreadsheet.Sheet sheet, PartnerTotals.Row row, String name) {
        sheet.row(name, row.regionCode(), row.pairings(), row.checkIns(), row.events(), row.attendance(),
                row.rehabilitation(), row.referrals());
    }

    private static void dutyRows(Spreadsheet.Sheet sheet, String duty, List<DutyGap> gaps) {
        for (DutyGap gap : gaps) {
            sheet.row(duty, gap.name(), gap.regionCode());
        }
    }

    private String m(Locale locale, String key) {
        return text.of(locale, key);
    }

    private String d(Locale locale, String key) {
        return cache.computeIfAbsent(locale.toLanguageTag() + "/" + key,
                cacheKey -> dash.data("key", key).setLocale(locale).render());
    }
}
