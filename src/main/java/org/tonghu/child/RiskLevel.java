package org.tonghu.child;

import java.util.Collection;

/** Derived from the risk factors (policy §9): any factor makes a child HIGH risk. */
public enum RiskLevel {
    STANDARD,
    HIGH;

    public static RiskLevel of(Collection<RiskFactor> riskFactors) {
        return riskFactors.isEmpty() ? STANDARD : HIGH;
    }
}
