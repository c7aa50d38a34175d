package org.tonghu.schedule;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Visit compliance of the children of one region. */
@Type("ComplianceRow")
public record ComplianceRow(
        @NonNull String regionCode,
        @NonNull String regionName,
        @NonNull @Description("Children in care at the end of the period (or today).") int children,
        @NonNull @Description("Children not overdue for a contact at the end of the period.") int contactOnTime,
        @NonNull int homeVisitOnTime,
        @NonNull int contactOverdue,
        @NonNull int homeVisitOverdue,
        @NonNull @Description("Children with no visit at all by the end of the period.") int neverVisited,
        @Description("contactOnTime / children; null without children.") Double contactOnTimeShare,
        Double homeVisitOnTimeShare) {

    static ComplianceRow of(String code, String name, int children, int contactOnTime, int homeVisitOnTime,
            int neverVisited) {
        return new ComplianceRow(code, name, children, contactOnTime, homeVisitOnTime, children - contactOnTime,
                children - homeVisitOnTime, neverVisited, share(contactOnTime, children),
                share(homeVisitOnTime, children));
    }

    private static Double share(int part, int whole) {
        return whole == 0 ? null : Math.round(10000.0 * part / whole) / 10000.0;
    }
}
