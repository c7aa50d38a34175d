package org.tonghu.child;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Where a child goes to school. */
@Type("School")
public record SchoolView(String name, String grade, @NonNull SchoolStatus status) {
}
