package org.tonghu.care;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A care record as the graph shows it. */
@Type("CareRecord")
@Description("Help given to a child (关爱帮扶记录).")
public record CareRecordView(
        @NonNull @Id String id,
        @NonNull @Id String childId,
        @NonNull CareKind kind,
        @Id String providerOrganizationId,
        @NonNull LocalDate providedOn,
        @NonNull String description,
        @NonNull String recordedByName) {

    static CareRecordView of(CareRecord record) {
        return new CareRecordView(record.id.toString(), record.childId.toString(), record.kind,
                record.providerOrganizationId == null ? null : record.providerOrganizationId.toString(),
                record.providedOn, record.description, record.recordedByName);
    }
}
