package org.tonghu.placement;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A placement to record. A family placement names its carer (a guardian linked to the child, or a name and phone), an
 * institution placement its institution.
 */
@Input("PlacementInput")
@Description("A temporary custody placement (临时监护) to record, by civil affairs (policy §6).")
public record PlacementInput(
        @NonNull @Id @Description("The child.") String childId,
        @NonNull @Description("Where the child is placed.") PlacementKind kind,
        @Id @Description("A guardian linked to the child who takes care of them (family placements).")
        String carerGuardianId,
        @Description("The carer's name, when not a linked guardian (family placements; up to 50 characters).")
        String carerName,
        @Description("The carer's phone (family placements).") String carerPhone,
        @Id @Description("The institution: a minors' rescue-protection center or a child-welfare institution.")
        String institutionId,
        @NonNull @Description("The first day; not in the future nor before the child's birth.") LocalDate startsOn,
        @NonNull @Description("Why (up to 2000 characters).") String reasons,
        @Description("The legal basis (up to 500 characters).") String legalBasis,
        @Description("The first review; default startsOn plus the review period (tonghu.placement.review-every).")
        LocalDate firstReviewOn,
        @Id @Description("The mandatory report about the child that led to it.") String protectionReportId) {
}
