package org.tonghu.rehabilitation;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A rehabilitation step as the graph shows it. */
@Type("RehabilitationRecord")
@Description("A step of a disabled child's rehabilitation (康复救助): screening, assessment, surgery, an assistive "
        + "device or rehabilitation training.")
public record RehabilitationView(
        @NonNull @Id @Description("The step's ID.") String id,
        @NonNull @Id @Description("The child.") String childId,
        @NonNull @Id @Description("The organization that recorded it.") String organizationId,
        @NonNull @Description("What kind of step it is.") RehabilitationKind kind,
        @NonNull @Description("Who screens, operates, fits or trains.") String provider,
        @NonNull LocalDate startsOn,
        LocalDate endsOn,
        @Description("Who pays; for services.") FundingSource fundingSource,
        @NonNull @Description("Where it stands.") RehabilitationStatus status,
        @Description("What screening or assessment found.") String findings,
        @Description("The assistive device, for ASSISTIVE_DEVICE.") String device,
        @Description("Training sessions planned, for REHABILITATION_TRAINING.") Integer sessionsPlanned,
        @Description("Training sessions completed so far.") Integer sessionsCompleted,
        @Description("How it ended, once COMPLETED or DISCONTINUED.") String outcome,
        @NonNull @Description("Who recorded it.") String recordedByName,
        @NonNull @Description("Pass as expectedVersion when updating.") int version) {

    static RehabilitationView of(RehabilitationRecord record) {
        return new RehabilitationView(record.id.toString(), record.childId.toString(), record.organizationId.toString(),
                record.kind, record.provider, record.startsOn, record.endsOn, record.fundingSource, record.status,
                record.findings, record.device,
                record.sessionsPlanned == null ? null : record.sessionsPlanned.intValue(),
                record.sessionsCompleted == null ? null : record.sessionsCompleted.intValue(), record.outcome,
                record.recordedByName, (int) record.version);
    }
}
