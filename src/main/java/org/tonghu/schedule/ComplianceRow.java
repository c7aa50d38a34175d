package org.tonghu.schedule;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Visit compliance of the children of one region. */
@Type("ComplianceRow")
@Description("Visit compliance of the children of one region (走访合规).")
public record ComplianceRow(
        @NonNull @Description("The region's code.") String regionCode,
        @NonNull @Description("The region's name.") String regionName,
        @NonNull @Description("Children in care at the end of the period (or today).") int children,
        @NonNull @Description("Children not overdue for a contact at the end of the period.") int contactOnTime,
        @NonNull @Description("Children not overdue for a home visit at the end of the period.") int homeVisitOnTime,
        @NonNull @Description("Children overdue for a contact at the end of the period.") int contactOverdue,
        @NonNull @Description("Children overdue for a home visit at the end of the period.") int homeVisitOverdue,
        @NonNull @Description("Children with no visit at all by the end of the period.") int neverVisited,
        @Description("The share contactOnTime / children, 0 to 1; null without children.") Double contactOnTimeShare,
        @Description("The share homeVisitOnTime / children, 0 to 1; null without children.")
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
