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
        @NonNull @Id @Description("The concern's ID.") String id,
        @NonNull @Id @Description("The child it is about.") String childId,
        @Id @Description("The visit it was raised at, if any.") String visitId,
        @Id @Description("The pairing check-in it was raised at, if any.") String pairingContactId,
        @NonNull @Description("What it is about.") ConcernCategory category,
        @NonNull @Description("How serious it is.") ConcernSeverity severity,
        @NonNull @Description("Where it stands.") ConcernStatus status,
        @NonNull @Description("What was found.") String description,
        @NonNull LocalDate raisedOn,
        @NonNull @Description("Who raised it.") String raisedByName,
        @Id @Description("The organization of the person who raised it, if any.") String organizationId,
        @Description("What was done about it.") String actionTaken,
        @Description("The body it was referred to, when REFERRED.") String referredTo,
        @Description("How it was resolved (解决方案), when RESOLVED.") String resolution,
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
