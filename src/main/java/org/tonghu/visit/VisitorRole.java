package org.tonghu.visit;

import org.eclipse.microprofile.graphql.Description;
import org.tonghu.security.CurrentUser;
import org.tonghu.security.Roles;

/** In what capacity the visitor came; taken from the signed-in user's roles, never from input. */
@Description("In what capacity the visitor came; taken from the signed-in user's roles, never from input.")
public enum VisitorRole {
    @Description("Village child director (儿童主任).")
    DIRECTOR,
    @Description("Township child supervisor (儿童督导员).")
    SUPERVISOR,
    @Description("Civil-affairs officer (民政干部).")
    CIVIL_AFFAIRS_OFFICER,
    @Description("Staff of a partner organization.")
    PARTNER_STAFF;

    static VisitorRole of(CurrentUser user) {
        if (user.hasRole(Roles.VILLAGE_DIRECTOR)) {
            return DIRECTOR;
        }
        if (user.hasRole(Roles.TOWNSHIP_SUPERVISOR)) {
            return SUPERVISOR;
        }
        if (user.isCivilAffairsOfficer()) {
            return CIVIL_AFFAIRS_OFFICER;
        }
        return PARTNER_STAFF;
    }
}
