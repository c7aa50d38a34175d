package org.tonghu.portal.child;

import java.util.List;

/** One section of a child's file as read for a page or an export: its records, and whether there are more. */
public record ChildFileSection<N>(List<N> records, boolean more) {
}
