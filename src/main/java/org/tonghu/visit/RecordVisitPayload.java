package org.tonghu.visit;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.tonghu.concern.ConcernView;

/** What recording (or correcting) a visit wrote: the visit and the concerns raised with it. */
@Type("RecordVisitPayload")
public record RecordVisitPayload(@NonNull VisitView visit, @NonNull List<@NonNull ConcernView> concerns) {
}
