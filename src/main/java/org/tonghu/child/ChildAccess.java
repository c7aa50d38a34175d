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
 * @param fileOpen whether the child's file is open (a closed file takes no new records)
 * @param namedByIdNumberOnly true when the caller reached the child only by naming its national ID number and name
 *        (a registry's first contact): every answer about such a child must read as one about an unknown person
 *        until the registry's record is written, so that a partner cannot learn who is a registered child
 */
public record ChildAccess(UUID childId, boolean throughJurisdiction, LocalDate birthDate, String residenceVillageCode,
        boolean fileOpen, boolean namedByIdNumberOnly) {

    /** The problem code for recording something about a child whose file is closed. */
    public static final String CHILD_FILE_CLOSED = "CHILD_FILE_CLOSED";
}
