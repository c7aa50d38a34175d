package org.tonghu.child;

import org.eclipse.microprofile.graphql.Description;

/** As on the household register. */
@Description("Gender as on the household register (户籍).")
public enum Gender {
    @Description("Male (男).")
    MALE,
    @Description("Female (女).")
    FEMALE
}
