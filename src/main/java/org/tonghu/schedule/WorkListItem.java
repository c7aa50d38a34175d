package org.tonghu.schedule;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.tonghu.child.ChildView;

/** A child on a work list and what is due. */
@Type("WorkListItem")
@Description("A child on your work list (工作清单) and when their visits are due.")
public record WorkListItem(
        @NonNull @Description("The child.") ChildView child,
        @NonNull @Description("When the child's next contact and home visit are due.") VisitScheduleView schedule) {
}
