package org.tonghu.rehabilitation;

/** A step of a disabled child's rehabilitation pathway (policy §10): finding out, then the services. */
public enum RehabilitationKind {
    SCREENING, ASSESSMENT, SURGERY, ASSISTIVE_DEVICE, REHABILITATION_TRAINING;

    /** Screening and assessment find out what a child needs; the others are services, which need funding. */
    boolean isService() {
        return this != SCREENING && this != ASSESSMENT;
    }
}
