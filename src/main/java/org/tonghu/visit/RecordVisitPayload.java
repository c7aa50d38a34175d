package org.tonghu.visit;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.tonghu.concern.ConcernView;

/** What recording (or correcting) a visit wrote: the visit and the concerns raised with it. */
@Type("RecordVisitPayload")
@Description("What recording or correcting a visit wrote: the visit and the concerns raised at it.")
public record RecordVisitPayload(
        @NonNull @Description("The visit.") VisitView visit,
        @NonNull @Description("The concerns raised at it.") List<@NonNull ConcernView> concerns) {
}
