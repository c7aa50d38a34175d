package org.tonghu.child;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** Narrows a list of children; every condition is combined with AND, and the caller's scope always applies. */
@Input("ChildFilter")
@Description("Narrows a list of children; conditions combine with AND, and your scope always applies.")
public record ChildFilter(
        @Description("Only children living under this region (any level).") String regionCode,
        @Description("Only children with at least one of these categories.") List<ChildCategory> categories,
        @Description("Only children at this risk level.") RiskLevel riskLevel,
        @Description("Only children with this school status.") SchoolStatus schoolStatus,
        @Description("Default: ACTIVE.") ChildStatus status,
        @Description("Part of the name, at least one character.") String nameContains) {
}
