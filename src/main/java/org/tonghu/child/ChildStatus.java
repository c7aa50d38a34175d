package org.tonghu.child;

/** Whether a child's file is open. */
public enum ChildStatus {
    ACTIVE, CLOSED
}
