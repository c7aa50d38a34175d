package org.tonghu.child;

import java.util.Collection;
import org.eclipse.microprofile.graphql.Description;

/** Derived from the risk factors (policy §9): any factor makes a child HIGH risk. */
@Description("Derived from the risk factors (policy §9): any factor makes a child HIGH risk; the visit policy "
        + "depends on it.")
public enum RiskLevel {
    @Description("No risk factor.")
    STANDARD,
    @Description("At least one risk factor: visited more often.")
    HIGH;

    public static RiskLevel of(Collection<RiskFactor> riskFactors) {
        return riskFactors.isEmpty() ? STANDARD : HIGH;
    }
}
