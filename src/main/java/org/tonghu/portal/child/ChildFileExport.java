package org.tonghu.portal.child;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.tonghu.activity.ActivityView;
import org.tonghu.care.CareRecordView;
import org.tonghu.child.ChildView;
import org.tonghu.concern.ConcernView;
import org.tonghu.export.Spreadsheet;
import org.tonghu.guardian.ChildGuardianView;
import org.tonghu.pairing.PairingView;
import org.tonghu.portal.PortalText;
import org.tonghu.referral.ReferralView;
import org.tonghu.rehabilitation.RehabilitationView;
import org.tonghu.time.ChinaTime;
import org.tonghu.visit.SituationView;
import org.tonghu.visit.VisitView;
import org.tonghu.worklog.WorkLogEntryView;

/**
 * A child's whole file as a formatted spreadsheet in the user's language: a sheet for the basic information and the
 * guardians, and one for each section of the file. It holds what the file page may show the caller, no more (the ID
 * number stays masked).
 */
@ApplicationScoped
class ChildFileExport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final PortalText text;

    ChildFileExport(PortalText text) {
        this.text = text;
    }

    byte[] toXlsx(ChildFileContents file, Locale locale) {
        Spreadsheet workbook = new Spreadsheet();
        basicInformation(workbook, file, locale);
        guardians(workbook, file.guardians(), locale);
        visits(workbook, file.visits().records(), locale);
        concerns(workbook, file.concerns().records(), locale);
        careRecords(workbook, file, locale);
        pairings(workbook, file, locale);
        referrals(workbook, file, locale);
        rehabilitation(workbook, file, locale);
        activities(workbook, file, locale);
        if (file.workLog() != null) {
            Spreadsheet.Sheet sheet = workbook.sheet(t(locale, "work_log"),
                    headers(locale, "visited_on", "author", "content"));
            for (WorkLogEntryView entry : file.workLog().records()) {
                sheet.row(entry.entryDate(), entry.authorName(), entry.content());
            }
        }
        return workbook.toXlsx();
    }

    private void basicInformation(Spreadsheet workbook, ChildFileContents file, Locale locale) {
        ChildView child = file.file().child();
        Spreadsheet.Sheet sheet = workbook.sheet(t(locale, "basic_information"), headers(locale, "field", "value"));
        sheet.row(t(locale, "child_name"), child.name());
        sheet.row(t(locale, "gender"), text.label(locale, "gender", child.gender()));
        sheet.row(t(locale, "birth_date"), child.birthDate());
        if (child.maskedIdNumber() != null) {
            sheet.row(t(locale, "id_number"), child.maskedIdNumber());
        }
        sheet.row(t(locale, "village"), (file.village() == null ? "" : file.village().name() + " ")
                + child.residenceVillageCode());
        if (child.householdRegionCode() != null) {
            sheet.row(t(locale, "household_region"), child.householdRegionCode());
        }
        sheet.row(t(locale, "categories"), child.categories().stream()
                .map(category -> text.label(locale, "category", category)).collect(Collectors.joining("、")));
        sheet.row(t(locale, "risk_level"), text.label(locale, "risk", child.riskLevel()));
        if (child.riskFactors() != null) {
            sheet.row(t(locale, "risk_factors"), child.riskFactors().stream()
                    .map(factor -> text.label(locale, "factor", factor)).collect(Collectors.joining("、")));
        }
        if (child.disabilityKind() != null) {
            sheet.row(t(locale, "disability"), child.disabilityKind()
                    + (child.disabilityGrade() == null ? "" : " · " + child.disabilityGrade()));
        }
        sheet.row(t(locale, "school_status"), text.label(locale, "school", child.school().status())
                + (child.school().name() == null ? "" : " · " + child.school().name())
                + (child.school().grade() == null ? "" : " · " + child.school().grade()));
        sheet.row(t(locale, "registered_on"), child.registeredOn());
        if (file.file().visitSchedule() != null) {
            sheet.row(t(locale, "due_contact"), file.file().visitSchedule().contactDueOn());
            sheet.row(t(locale, "due_home_visit"), file.file().visitSchedule().homeVisitDueOn());
        }
        if (!file.directors().isEmpty()) {
            sheet.row(t(locale, "directors"), file.directors().stream().map(director -> director.personName()
                    + (director.phone() == null ? "" : " " + director.phone())).collect(Collectors.joining("、")));
        }
    }

    private void guardians(Spreadsheet workbook, List<ChildGuardianView> guardians, Locale locale) {
        Spreadsheet.Sheet sheet = workbook.sheet(t(locale, "guardians"), headers(locale, "guardian_name",
                "relationship", "legal_guardian", "entrusted_caregiver", "phone", "workplace", "capacity"));
        for (ChildGuardianView link : guardians) {
            sheet.row(link.guardian().name(), text.label(locale, "relationship", link.relationship()),
                    yesNo(locale, link.legalGuardian()), yesNo(locale, link.entrustedCaregiver()),
                    link.guardian().phone(), link.guardian().workplace(),
                    text.label(locale, "capacity", link.guardian().capacity()));
        }
    }

    private void visits(Spreadsheet workbook, List<VisitView> visits, Locale locale) {
        Spreadsheet.Sheet sheet = workbook.sheet(t(locale, "visit_history"), headers(locale, "visited_on",
                "visit_kind", "contact_mode", "visitor", "persons_met", "living", "study", "health", "safety",
                "emotional_state", "visit_notes"));
        for (VisitView visit : visits) {
            sheet.row(visit.visitedOn(), text.label(locale, "kind", visit.kind()),
                    text.label(locale, "mode", visit.contactMode()), visit.visitorName(), visit.personsMet(),
                    situation(locale, visit.living()), situation(locale, visit.study()),
                    situation(locale, visit.health()), situation(locale, visit.safety()),
                    situation(locale, visit.emotional()), visit.notes());
        }
    }

    private void concerns(Spreadsheet workbook, List<ConcernView> concerns, Locale locale) {
        Spreadsheet.Sheet sheet = workbook.sheet(t(locale, "concerns_found"), headers(locale, "visited_on",
                "concern_category", "concern_severity", "status", "concern_description", "action_taken", "resolution",
                "resolved_on"));
        for (ConcernView concern : concerns) {
            sheet.row(concern.raisedOn(), text.label(locale, "concern", concern.category()),
                    text.label(locale, "severity", concern.severity()), text.label(locale, "status", concern.status()),
                    concern.description(), concern.actionTaken(), concern.resolution(), concern.resolvedOn());
        }
    }

    private void careRecords(Spreadsheet workbook, ChildFileContents file, Locale locale) {
        Spreadsheet.Sheet sheet = workbook.sheet(t(locale, "care_records"), headers(locale, "visited_on",
                "care_kind", "provider", "content", "author"));
        for (CareRecordView record : file.careRecords().records()) {
            sheet.row(record.providedOn(), text.label(locale, "care", record.kind()),
                    file.organization(record.providerOrganizationId()), record.description(), record.recordedByName());
        }
    }

    private void pairings(Spreadsheet workbook, ChildFileContents file, Locale locale) {
        Spreadsheet.Sheet sheet = workbook.sheet(t(locale, "pairings_title"), headers(locale, "pairing_kind",
                "status", "volunteer", "organization", "starts_on", "ends_on", "last_check_in", "next_check_in",
                "goals"));
        for (PairingView pairing : file.pairings().records()) {
            sheet.row(text.label(locale, "pairing", pairing.kind()), text.label(locale, "pstatus", pairing.status()),
                    pairing.volunteerName(), file.organization(pairing.organizationId()), pairing.startsOn(),
                    pairing.endedOn(), pairing.lastContactOn(), pairing.nextCheckInDueOn(), pairing.goals());
        }
    }

    private void referrals(Spreadsheet workbook, ChildFileContents file, Locale locale) {
        Spreadsheet.Sheet sheet = workbook.sheet(t(locale, "referrals_title"), headers(locale, "referred_at",
                "need_category", "need", "urgency", "referred_from", "referred_to_organization", "status",
                "respond_by", "decline_reason", "outcome", "closed_on"));
        for (ReferralView referral : file.referrals().records()) {
            sheet.row(time(referral.referredAt()), text.label(locale, "need", referral.needCategory()), referral.need(),
                    text.label(locale, "rurgency", referral.urgency()),
                    file.organization(referral.fromOrganizationId()), file.organization(referral.toOrganizationId()),
                    text.label(locale, "rfstatus", referral.status()), time(referral.respondBy()),
                    referral.declineReason(), referral.outcome(), referral.closedOn());
        }
    }

    private void rehabilitation(Spreadsheet workbook, ChildFileContents file, Locale locale) {
        Spreadsheet.Sheet sheet = workbook.sheet(t(locale, "rehabilitation_title"), headers(locale, "starts_on",
                "ends_on", "rehabilitation_kind", "provider", "rstatus", "funding", "device", "sessions_planned",
                "sessions_completed", "findings", "outcome"));
        for (RehabilitationView step : file.rehabilitation().records()) {
            sheet.row(step.startsOn(), step.endsOn(), text.label(locale, "rkind", step.kind()), step.provider(),
                    text.label(locale, "rstatus", step.status()), text.label(locale, "funding", step.fundingSource()),
                    step.device(), step.sessionsPlanned(), step.sessionsCompleted(), step.findings(), step.outcome());
        }
    }

    private void activities(Spreadsheet workbook, ChildFileContents file, Locale locale) {
        Spreadsheet.Sheet sheet = workbook.sheet(t(locale, "activities_attended"), headers(locale, "start_time",
                "activity_title", "activity_kind", "organization"));
        for (ActivityView activity : file.activities().records()) {
            sheet.row(time(activity.startsAt()), activity.title(), text.label(locale, "activity_kind", activity.kind()),
                    file.organization(activity.organizationId()));
        }
    }

    private String situation(Locale locale, SituationView situation) {
        if (situation == null) {
            return null;
        }
        String rating = text.label(locale, "rating", situation.rating());
        return situation.note() == null ? rating : rating + " · " + situation.note();
    }

    private String yesNo(Locale locale, boolean value) {
        return value ? t(locale, "answer_yes") : t(locale, "answer_no");
    }

    private static String time(java.time.OffsetDateTime instant) {
        return instant == null ? null
                : instant.atZoneSameInstant(ChinaTime.ZONE).format(TIME);
    }

    private List<String> headers(Locale locale, String... keys) {
        return java.util.Arrays.stream(keys).map(key -> t(locale, key)).toList();
    }

    private String t(Locale locale, String key) {
        return text.of(locale, key);
    }
}
