package org.tonghu.rehabilitation;

/** Where a rehabilitation step stands; COMPLETED and DISCONTINUED need an end date and an outcome. */
public enum RehabilitationStatus {
    PLANNED, IN_PROGRESS, COMPLETED, DISCONTINUED;

    boolean isFinished() {
        return this == COMPLETED || this == DISCONTINUED;
    }
}
