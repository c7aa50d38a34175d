package org.tonghu.placement;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * A placement as the graph shows it to one audience. Civil-affairs officers over the child's county see everything;
 * the village directors and township supervisors of the child see where the child lives (kind, carer or institution),
 * the dates and whether a review is due, but not the reasons, the legal basis, the report, the carer's phone, the
 * reviews' findings nor the note of the end: those are civil affairs' case work.
 */
@Type("Placement")
@Description("A temporary custody placement (临时监护) of a child, its reviews and its end.")
public record PlacementView(
        @NonNull @Id @Description("The placement's ID.") String id,
        @NonNull @Id @Description("The child placed.") String childId,
        @NonNull @Description("Where the child is placed.") PlacementKind kind,
        @NonNull @Description("Open or ended.") PlacementStatus status,
        @Id @Description("The carer, when a guardian of the child (family placements).") String carerGuardianId,
        @Description("The carer's name (family placements).") String carerName,
        @Description("The carer's phone; civil-affairs officers only.") String carerPhone,
        @Id @Description("The institution (institution placements).") String institutionId,
        @NonNull LocalDate startsOn,
        @Description("Why the child was placed; civil-affairs officers only.") String reasons,
        @Description("The legal basis; civil-affairs officers only.") String legalBasis,
        @Id @Description("The mandatory report that led to it; civil-affairs officers only.") String protectionReportId,
        @NonNull @Description("The next review (the last one planned, once ended).") LocalDate nextReviewOn,
        @NonNull @Description("Open, with its next review within the alert window or past.") boolean reviewDue,
        @NonNull @Description("Open, with its next review before today.") boolean reviewOverdue,
        @Description("The reviews, in order; civil-affairs officers only.") List<@NonNull PlacementReviewView> reviews,
        LocalDate endedOn,
        @Description("How it ended; null while open.") PlacementOutcome outcome,
        @Description("A note on the end; civil-affairs officers only.") String endNote,
        @Description("Who recorded it; civil-affairs officers only.") String recordedByName,
        @Description("Who ended it; civil-affairs officers only.") String endedByName,
        @NonNull @Description("Pass as expectedVersion when reviewing or ending it.") int version) {
}
