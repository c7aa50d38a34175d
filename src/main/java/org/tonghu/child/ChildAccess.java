package org.tonghu.child;

import java.time.LocalDate;
import java.util.UUID;

/**
 * How the caller reaches one child: through their jurisdiction (regional staff, who keep the child's file) or through
 * their organization's active relationship with the child (partners). Features that record things about a child
 * decide with it what the caller may write and see.
 *
 * @param childId the child
 * @param throughJurisdiction true for regional staff whose jurisdiction covers the child's village
 * @param birthDate the child's birth date, before which nothing can be recorded about them
 * @param residenceVillageCode where the child lives
 * @param active whether the child's file is open (a closed file takes no new records)
 */
public record ChildAccess(UUID childId, boolean throughJurisdiction, LocalDate birthDate, String residenceVillageCode,
        boolean active) {

    /** The problem code for recording something about a child whose file is closed. */
    public static final String CHILD_FILE_CLOSED = "CHILD_FILE_CLOSED";
}
