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
        @NonNull @Id @Description("The care record's ID.") String id,
        @NonNull @Id @Description("The child helped.") String childId,
        @NonNull @Description("What kind of help it was.") CareKind kind,
        @Id @Description("The organization that gave the help, if recorded.") String providerOrganizationId,
        @NonNull LocalDate providedOn,
        @NonNull @Description("What was given or done.") String description,
        @NonNull @Description("Who recorded it.") String recordedByName) {

    static CareRecordView of(CareRecord record) {
        return new CareRecordView(record.id.toString(), record.childId.toString(), record.kind,
                record.providerOrganizationId == null ? null : record.providerOrganizationId.toString(),
                record.providedOn, record.description, record.recordedByName);
    }
}
