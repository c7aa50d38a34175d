package org.tonghu.portal.child;

import java.util.List;
import java.util.Map;

import org.tonghu.activity.ActivityView;
import org.tonghu.care.CareRecordView;
import org.tonghu.childfile.ChildFileView;
import org.tonghu.concern.ConcernView;
import org.tonghu.director.AppointmentView;
import org.tonghu.guardian.ChildGuardianView;
import org.tonghu.pairing.PairingView;
import org.tonghu.referral.ReferralView;
import org.tonghu.region.RegionView;
import org.tonghu.rehabilitation.RehabilitationView;
import org.tonghu.visit.VisitView;
import org.tonghu.worklog.WorkLogEntryView;

/**
 * A child's file as the portal shows and exports it: every section of the API's {@code childFile}, plus the names of
 * the organizations its records mention. {@code workLog} is null for partners, who do not see it.
 */
public record ChildFileContents(ChildFileView file, RegionView village, List<ChildGuardianView> guardians,
        List<AppointmentView> directors, ChildFileSection<VisitView> visits, ChildFileSection<ConcernView> concerns,
        ChildFileSection<CareRecordView> careRecords, ChildFileSection<PairingView> pairings,
        ChildFileSection<ReferralView> referrals, ChildFileSection<RehabilitationView> rehabilitation,
        ChildFileSection<ActivityView> activities, ChildFileSection<WorkLogEntryView> workLog,
        Map<String, String> organizationNames) {

    /** The name of an organization a record mentions, or an empty text for none. */
    public String organization(String id) {
        return id == null ? "" : organizationNames.getOrDefault(id, "");
    }

    /** Whether the caller keeps this file (directors and officers of its region), rather than a partner. */
    public boolean keptByCaller() {
        return workLog != null;
    }
}
