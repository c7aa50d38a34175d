package org.tonghu.activity;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One unmet duty: a county, a school or a vice-principal, and how far it got. */
@Type("DutyGap")
public record DutyGap(
        @NonNull @Id @Description("A county's region code, a school's or a vice-principal's id.") String id,
        @NonNull String name,
        @NonNull String regionCode,
        @Description("For a vice-principal: the class hours given.") Double classHours) {
}
