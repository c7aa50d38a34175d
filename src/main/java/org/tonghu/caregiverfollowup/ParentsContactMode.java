package org.tonghu.caregiverfollowup;

import org.eclipse.microprofile.graphql.Description;

/** How the parents were reached. */
@Description("How the parents were reached.")
public enum ParentsContactMode {
    @Description("By phone.")
    PHONE,
    @Description("By video call.")
    VIDEO,
    @Description("In person.")
    IN_PERSON,
    @Description("A text or voice message.")
    MESSAGE
}
