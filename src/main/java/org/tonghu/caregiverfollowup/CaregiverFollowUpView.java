package org.tonghu.caregiverfollowup;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A caregiver follow-up as the graph shows it. */
@Type("CaregiverFollowUp")
@Description("A follow-up opened by a visit that found the entrusted caregiver unable to care (policy §5): tell the "
        + "parents, choose a caregiver, resolve, by dueAt.")
public record CaregiverFollowUpView(
        @NonNull @Id @Description("The follow-up's ID.") String id,
        @NonNull @Id @Description("The child.") String childId,
        @NonNull @Id @Description("The visit that opened it.") String visitId,
        @NonNull @Description("Where it stands.") CaregiverFollowUpStatus status,
        @NonNull OffsetDateTime openedAt,
        @NonNull @Description("Who recorded the visit that opened it.") String openedByName,
        @NonNull OffsetDateTime dueAt,
        @NonNull @Description("Open and past dueAt.") boolean overdue,
        @Description("Null until the parents are told.") ParentsContactView parentsContact,
        @Description("Null until a caregiver is chosen.") CaregiverChoiceView caregiverChoice,
        OffsetDateTime resolvedAt,
        @Description("How it was resolved; null while open.") String resolution,
        @Description("Who resolved it; null while open.") String resolvedByName,
        @NonNull @Description("Pass as expectedVersion when changing it.") int version) {

    static CaregiverFollowUpView of(CaregiverFollowUp f, OffsetDateTime now) {
        return new CaregiverFollowUpView(f.id.toString(), f.childId.toString(), f.visitId.toString(), f.status,
                f.openedAt, f.openedByName, f.dueAt,
                f.status == CaregiverFollowUpStatus.OPEN && !f.dueAt.isAfter(now),
                f.parentsContactedAt == null ? null : new ParentsContactView(f.parentsContactedAt,
                        f.parentsContactMode, f.parentsPersonReached, f.parentsResponse, f.parentsContactRecordedBy),
                f.caregiverDecision == null ? null : new CaregiverChoiceView(f.caregiverDecision,
                        f.newCaregiverGuardianId == null ? null : f.newCaregiverGuardianId.toString(),
                        f.caregiverNote, f.caregiverChosenAt, f.caregiverChosenByName),
                f.resolvedAt, f.resolution, f.resolvedByName, (int) f.version);
    }
}
