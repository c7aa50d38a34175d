package org.tonghu.child;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** Narrows a list of children; every condition is combined with AND, and the caller's scope always applies. */
@Input("ChildFilter")
public record ChildFilter(
        @Description("Only children living under this region (any level).") String regionCode,
        @Description("Only children with at least one of these categories.") List<ChildCategory> categories,
        RiskLevel riskLevel,
        SchoolStatus schoolStatus,
        @Description("Default: ACTIVE.") ChildStatus status,
        @Description("Part of the name, at least one character.") String nameContains) {
}
