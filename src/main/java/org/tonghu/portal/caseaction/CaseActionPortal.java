package org.tonghu.portal.caseaction;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.tonghu.caseaction.CaseActionService;
import org.tonghu.caseaction.CaseActionView;
import org.tonghu.child.ChildService;
import org.tonghu.graphql.Ids;
import org.tonghu.security.CurrentUser;

/**
 * What the child's file shows of the linked actions on the child's case, for the templates
 * ({@code inject:caseActionPortal}): read through the same service as the API, so scope and audit are the same.
 */
@Named("caseActionPortal")
@RequestScoped
public class CaseActionPortal {

    private final CaseActionService actions;
    private final ChildService children;
    private final CurrentUser currentUser;

    CaseActionPortal(CaseActionService actions, ChildService children, CurrentUser currentUser) {
        this.actions = actions;
        this.children = children;
        this.currentUser = currentUser;
    }

    /**
     * Whether the caller may record linked actions on this child's case: a civil-affairs officer over the child's
     * village (as {@link CaseActionService#recordCaseAction} decides). No query for any other role.
     */
    public boolean mayRecord(String childId) {
        return currentUser.isCivilAffairsOfficer() && Ids.tryParse(childId)
                .map(id -> children.filterInScope(List.of(id), true).contains(id)).orElse(false);
    }

    /** The linked actions on a child's case in date order, if the caller keeps the child's file; none otherwise. */
    public List<CaseActionView> ofChild(String childId) {
        return Ids.tryParse(childId).map(id -> actions.findCaseActionsOfChildren(List.of(id))
                .getOrDefault(id, List.of())).orElse(List.of());
    }
}
