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
        @NonNull @Id String id,
        @NonNull @Id String childId,
        @NonNull @Id String organizationId,
        @NonNull RehabilitationKind kind,
        @NonNull String provider,
        @NonNull LocalDate startsOn,
        LocalDate endsOn,
        FundingSource fundingSource,
        @NonNull RehabilitationStatus status,
        String findings,
        String device,
        Integer sessionsPlanned,
        Integer sessionsCompleted,
        String outcome,
        @NonNull String recordedByName,
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
