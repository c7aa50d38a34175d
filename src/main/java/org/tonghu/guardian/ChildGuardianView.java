package org.tonghu.guardian;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A guardian of a child, with how they are related. */
@Type("ChildGuardian")
public record ChildGuardianView(@NonNull GuardianView guardian, @NonNull GuardianRelationship relationship,
        @NonNull boolean legalGuardian, @NonNull boolean entrustedCaregiver) {
}
