package org.tonghu.childfile;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tonghu.activity.ActivityConnection;
import org.tonghu.activity.ActivityService;
import org.tonghu.audit.AuditLog;
import org.tonghu.audit.AuditOperation;
import org.tonghu.care.CareRecordConnection;
import org.tonghu.care.CareRecordService;
import org.tonghu.child.ChildAccess;
import org.tonghu.child.ChildService;
import org.tonghu.child.ReachedChild;
import org.tonghu.concern.ConcernConnection;
import org.tonghu.concern.ConcernService;
import org.tonghu.pairing.PairingConnection;
import org.tonghu.pairing.PairingService;
import org.tonghu.referral.ReferralConnection;
import org.tonghu.referral.ReferralService;
import org.tonghu.rehabilitation.RehabilitationConnection;
import org.tonghu.rehabilitation.RehabilitationService;
import org.tonghu.schedule.ScheduleService;
import org.tonghu.schedule.VisitScheduleView;
import org.tonghu.visit.VisitConnection;
import org.tonghu.visit.VisitService;
import org.tonghu.worklog.WorkLogConnection;
import org.tonghu.worklog.WorkLogService;

/**
 * Puts a child's file together from the features that own its parts. Each section is read through the caller's
 * access to the child, obtained once with the file ({@link ChildFileView#access()}): whoever keeps the file sees every
 * record, a partner only its organization's.
 */
@ApplicationScoped
public class ChildFileService {

    private final ChildService children;
    private final ScheduleService schedules;
    private final VisitService visits;
    private final ConcernService concerns;
    private final CareRecordService careRecords;
    private final WorkLogService workLog;
    private final PairingService pairings;
    private final ReferralService referrals;
    private final RehabilitationService rehabilitation;
    private final ActivityService activities;
    private final AuditLog audit;

    ChildFileService(ChildService children, ScheduleService schedules, VisitService visits, ConcernService concerns,
            CareRecordService careRecords, WorkLogService workLog, PairingService pairings, ReferralService referrals,
            RehabilitationService rehabilitation, ActivityService activities, AuditLog audit) {
        this.children = children;
        this.schedules = schedules;
        this.visits = visits;
        this.concerns = concerns;
        this.careRecords = careRecords;
        this.workLog = workLog;
        this.pairings = pairings;
        this.referrals = referrals;
        this.rehabilitation = rehabilitation;
        this.activities = activities;
        this.audit = audit;
    }

    /**
     * The file of a child in the caller's scope; {@code CHILD_NOT_FOUND} otherwise. The child is loaded once, with the
     * caller's access, which the file keeps for its sections; the read is audited as one {@code CHILD_FILE_READ}.
     */
    @Transactional
    public ChildFileView findChildFile(String childId) {
        ReachedChild reached = children.findReachedChild("id", childId, AuditOperation.CHILD_FILE_READ);
        ChildAccess access = reached.access();
        VisitScheduleView schedule = access.throughJurisdiction()
                ? schedules.findSchedule(access.childId()).orElse(null) : null;
        audit.event(AuditOperation.CHILD_FILE_READ).record(access.childId()).succeeded();
        return new ChildFileView(reached.child(), schedule, access);
    }

    @Transactional
    public VisitConnection visits(ChildFileView file, boolean includeCorrected, Integer first, String after) {
        return visits.listVisitsOfChild(file.access(), includeCorrected, first, after);
    }

    @Transactional
    public ConcernConnection concerns(ChildFileView file, Integer first, String after) {
        return concerns.listConcernsOfChild(file.access(), first, after);
    }

    @Transactional
    public CareRecordConnection careRecords(ChildFileView file, Integer first, String after) {
        return careRecords.listCareRecordsOfChild(file.access(), first, after);
    }

    @Transactional
    public Optional<WorkLogConnection> workLog(ChildFileView file, Integer first, String after) {
        return workLog.listWorkLogOfChild(file.access(), first, after);
    }

    @Transactional
    public PairingConnection pairings(ChildFileView file, Integer first, String after) {
        return pairings.listPairingsOfChild(file.access(), first, after);
    }

    @Transactional
    public ReferralConnection referrals(ChildFileView file, Integer first, String after) {
        return referrals.listReferralsOfChild(file.access(), first, after);
    }

    @Transactional
    public RehabilitationConnection rehabilitation(ChildFileView file, Integer first, String after) {
        return rehabilitation.listPathwayOfChild(file.access(), first, after);
    }

    @Transactional
    public ActivityConnection activities(ChildFileView file, Integer first, String after) {
        return activities.listActivitiesOfChild(file.access(), first, after);
    }
}
