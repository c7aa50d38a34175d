package org.tonghu.childfile;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.tonghu.child.ChildAccess;
import org.tonghu.child.ChildView;
import org.tonghu.schedule.VisitScheduleView;

/**
 * A child's file (一人一档): the child (guardians and directors through the child's own edges), the current schedule,
 * and the pages of visits, concerns, care records, pairings, referrals, rehabilitation, activities and work log
 * resolved by {@link ChildFileGraphQL} through {@code access}, the caller's access to the child as the file was read
 * (not part of the graph).
 */
@Type("ChildFile")
@Description("One child's file (一人一档): basic information, guardians, visits, concerns and their resolutions, care "
        + "records, pairings, referrals, rehabilitation, activities attended, work log and the visit schedule. "
        + "Partners see their own organization's records only.")
public record ChildFileView(
        @NonNull @Description("The child's basic information.") ChildView child,
        @Description("Null for partners.") VisitScheduleView visitSchedule,
        @Ignore ChildAccess access) {
}
