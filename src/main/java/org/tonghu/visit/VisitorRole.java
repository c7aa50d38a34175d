package org.tonghu.visit;

import org.tonghu.security.CurrentUser;
import org.tonghu.security.Roles;

/** In what capacity the visitor came; taken from the signed-in user's roles, never from input. */
public enum VisitorRole {
    DIRECTOR,
    SUPERVISOR,
    CIVIL_AFFAIRS_OFFICER,
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
