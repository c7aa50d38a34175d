package org.tonghu.child;

import org.eclipse.microprofile.graphql.Description;

/** Where a child stands with school (dropout prevention, §11). */
@Description("Where a child stands with school (dropout prevention 控辍保学, §11).")
public enum SchoolStatus {
    @Description("Attends school.")
    IN_SCHOOL,
    @Description("Left school before the end of compulsory education (辍学).")
    DROPPED_OUT,
    @Description("Persuaded back to school after dropping out (劝返复学).")
    RETURNED,
    @Description("Too young for school.")
    NOT_OF_SCHOOL_AGE
}
