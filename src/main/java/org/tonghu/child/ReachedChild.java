package org.tonghu.child;

/**
 * A child as the caller reached it in one load: what the caller sees of it ({@link ChildView}) and how the caller
 * reaches it ({@link ChildAccess}), for a feature that shows the child with its records and reads those records
 * through the same access without checking it again.
 */
public record ReachedChild(ChildView child, ChildAccess access) {
}
