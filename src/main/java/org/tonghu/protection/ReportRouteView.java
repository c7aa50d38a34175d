package org.tonghu.protection;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Where the reports of a region go for one kind of receiver. */
@Type("ReportRoute")
@Description("Which organization receives the mandatory reports of a region for one kind of receiver.")
public record ReportRouteView(
        @NonNull @Description("A county, a city or the province; the deepest route containing a child's county wins.")
        String regionCode,
        @NonNull @Description("Which kind of receiver.") ReceiverKind receiverKind,
        @NonNull @Id @Description("The organization that receives.") String organizationId,
        @NonNull OffsetDateTime updatedAt,
        @NonNull @Description("Who set the route last.") String updatedByName) {
}
