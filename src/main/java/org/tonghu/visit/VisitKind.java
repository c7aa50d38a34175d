package org.tonghu.visit;

/** A contact (phone, video or meeting) or a home visit; a home visit also counts as a contact (policy §9). */
public enum VisitKind {
    CONTACT,
    HOME_VISIT
}
