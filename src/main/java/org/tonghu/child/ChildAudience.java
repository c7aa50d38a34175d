package org.tonghu.child;

import java.util.Optional;

/**
 * One way a caller reaches a child; what the caller sees of the child follows from these ({@link ChildFieldPolicy}),
 * never from a role alone. A caller may reach one child in several ways: it then sees what any of them shows.
 */
public enum ChildAudience {
    /** Regional staff whose jurisdiction covers the child's village: they keep the child's file. */
    JURISDICTION,
    /** The caller's organization pairs one of its volunteers with the child (a loving mother, a buddy, a mentor). */
    PAIRING,
    /** The caller's organization screens the child or provides a rehabilitation service. */
    REHABILITATION,
    /** The caller's organization sent or received a referral of the child. */
    REFERRAL,
    /** The child attended an activity of the caller's organization, which may follow up for a while. */
    ACTIVITY,
    /** The caller's organization received a mandatory report (强制报告) about the child and has not closed it. */
    PROTECTION_REPORT;

    /** The audience a row of {@code child_organization_relationship} gives, by the kind its registry wrote. */
    static Optional<ChildAudience> ofRelationshipKind(String kind) {
        return switch (kind) {
            case "PAIRING" -> Optional.of(PAIRING);
            case "REHABILITATION" -> Optional.of(REHABILITATION);
            case "REFERRAL" -> Optional.of(REFERRAL);
            case "ATTENDANCE" -> Optional.of(ACTIVITY);
            case "PROTECTION_REPORT" -> Optional.of(PROTECTION_REPORT);
            default -> Optional.empty();
        };
    }
}
