package org.tonghu.guardian;

import org.eclipse.microprofile.graphql.Description;

/** How a guardian is related to a child. */
@Description("How a guardian is related to a child.")
public enum GuardianRelationship {
    @Description("Father (父亲).")
    FATHER,
    @Description("Mother (母亲).")
    MOTHER,
    @Description("Grandparent (祖父母/外祖父母).")
    GRANDPARENT,
    @Description("Brother or sister.")
    SIBLING,
    @Description("Another relative.")
    OTHER_RELATIVE,
    @Description("Entrusted caregiver (被委托照护人): looks after the child for the parents.")
    ENTRUSTED_CAREGIVER,
    @Description("Anyone else.")
    OTHER
}
