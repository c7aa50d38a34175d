package org.tonghu.child;

/**
 * The parts of a child's data that not everyone who reaches the child sees. Who the child is (name, gender, birth
 * date, village, categories, risk level, school, status) is shown to every audience; these are decided by
 * {@link ChildFieldPolicy}.
 */
public enum ChildField {
    /** The national ID number, masked (the full number only through an audited reveal). */
    ID_NUMBER,
    /** The household-registration region. */
    HOUSEHOLD_REGION,
    /** The risk factors behind the risk level. */
    RISK_FACTORS,
    /** The kind and grade of a disability. */
    DISABILITY,
    /** Every guardian's phone, workplace, whether they work away, and their capacity to care. */
    GUARDIAN_CONTACTS,
    /** The phone of the child's entrusted caregiver (the person who actually looks after the child). */
    CAREGIVER_PHONE,
    /** The phones of the village's child directors. */
    DIRECTOR_PHONE,
    /** The director's visit schedule for the child. */
    VISIT_SCHEDULE
}
