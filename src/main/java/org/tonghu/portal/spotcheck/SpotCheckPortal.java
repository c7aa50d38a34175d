package org.tonghu.portal.spotcheck;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.tonghu.security.CurrentUser;
import org.tonghu.security.Roles;

/**
 * What the home page shows of file spot checks, for its template ({@code inject:spotCheckPortal}): the officers' way
 * to their checks, the directors' and supervisors' way to their rectification tasks. One include line on the home page.
 */
@Named("spotCheckPortal")
@RequestScoped
public class SpotCheckPortal {

    private final CurrentUser currentUser;

    SpotCheckPortal(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** A civil-affairs officer with a jurisdiction: opens and scores checks, confirms or reopens tasks. */
    public boolean officer() {
        return currentUser.isCivilAffairsOfficer() && currentUser.childScope().hasJurisdiction();
    }

    /** A village director or township supervisor with a jurisdiction: puts right the tasks of their villages. */
    public boolean frontLine() {
        return (currentUser.hasRole(Roles.VILLAGE_DIRECTOR) || currentUser.hasRole(Roles.TOWNSHIP_SUPERVISOR))
                && currentUser.childScope().hasJurisdiction();
    }
}
