package org.tonghu.concern;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A concern and its resolution, as the graph shows it. */
@Type("Concern")
@Description("A problem found about a child (发现问题) and its resolution (解决方案).")
public record ConcernView(
        @NonNull @Id String id,
        @NonNull @Id String childId,
        @Id @Description("The visit it was raised at, if any.") String visitId,
        @Id @Description("The pairing check-in it was raised at, if any.") String pairingContactId,
        @NonNull ConcernCategory category,
        @NonNull ConcernSeverity severity,
        @NonNull ConcernStatus status,
        @NonNull String description,
        @NonNull LocalDate raisedOn,
        @NonNull String raisedByName,
        @Id String organizationId,
        String actionTaken,
        String referredTo,
        String resolution,
        LocalDate resolvedOn,
        @NonNull @Description("Pass as expectedVersion when updating.") int version) {

    static ConcernView of(Concern concern) {
        return new ConcernView(concern.id.toString(), concern.childId.toString(),
                concern.visitId == null ? null : concern.visitId.toString(),
                concern.pairingContactId == null ? null : concern.pairingContactId.toString(), concern.category,
                concern.severity,
                concern.status, concern.description, concern.raisedOn, concern.raisedByName,
                concern.organizationId == null ? null : concern.organizationId.toString(), concern.actionTaken,
                concern.referredTo, concern.resolution, concern.resolvedOn, (int) concern.version);
    }
}
