package org.tonghu.schedule;

import java.util.List;

/**
 * The children behind a figure of the visit compliance report: how many in all (the figure) and a page of them by
 * village and name; {@code nextAfter} opens the next page (null on the last).
 */
public record JudgedChildren(long total, List<Child> children, String nextAfter) {

    /** A child counted by the figure: its id, name and village. */
    public record Child(String id, String name, String villageCode) {
    }
}
