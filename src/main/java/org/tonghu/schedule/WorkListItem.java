package org.tonghu.schedule;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.tonghu.child.ChildView;

/** A child on a work list and what is due. */
@Type("WorkListItem")
public record WorkListItem(@NonNull ChildView child, @NonNull VisitScheduleView schedule) {
}
