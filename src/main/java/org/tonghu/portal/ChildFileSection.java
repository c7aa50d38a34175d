package org.tonghu.portal;

import java.util.List;

/** One section of a child's file as read for a page or an export: its records, and whether more exist than were read. */
public record ChildFileSection<N>(List<N> records, boolean more) {
}
