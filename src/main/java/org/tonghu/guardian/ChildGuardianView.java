package org.tonghu.guardian;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A guardian of a child, with how they are related. */
@Type("ChildGuardian")
@Description("A guardian as linked to one child: how related and in which role.")
public record ChildGuardianView(
        @NonNull @Description("The guardian.") GuardianView guardian,
        @NonNull @Description("How the guardian is related to the child.") GuardianRelationship relationship,
        @NonNull @Description("Whether this is the child's legal guardian (监护人).") boolean legalGuardian,
        @NonNull @Description("Whether this is the child's entrusted caregiver (被委托照护人), who looks after the child "
                + "for the parents.") boolean entrustedCaregiver) {
}
