package org.tonghu.activity;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One unmet duty: a county, a school or a vice-principal, and how far it got. */
@Type("DutyGap")
@Description("One county, school or vice-principal short of a duty.")
public record DutyGap(
        @NonNull @Id @Description("A county's region code, a school's or a vice-principal's id.") String id,
        @NonNull @Description("Its name (the person's, for a vice-principal).") String name,
        @NonNull @Description("Its region code (a vice-principal's: their school's).") String regionCode,
        @Description("For a vice-principal: the class hours given.") Double classHours) {
}
