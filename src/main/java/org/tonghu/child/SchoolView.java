package org.tonghu.child;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Where a child goes to school. */
@Type("School")
@Description("Where and how a child goes to school.")
public record SchoolView(
        @Description("The school's name, as recorded.") String name,
        @Description("The grade or class, as recorded.") String grade,
        @NonNull @Description("Where the child stands with school (dropout prevention).") SchoolStatus status) {
}
