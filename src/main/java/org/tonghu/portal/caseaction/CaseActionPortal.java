package org.tonghu.portal.caseaction;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.tonghu.caseaction.CaseActionService;
import org.tonghu.caseaction.CaseActionView;
import org.tonghu.graphql.Ids;

/**
 * What the child's file shows of the linked actions on the child's case, for the templates
 * ({@code inject:caseActionPortal}): read through the same service as the API, so scope and audit are the same.
 */
@Named("caseActionPortal")
@RequestScoped
public class CaseActionPortal {

    private final CaseActionService actions;

    CaseActionPortal(CaseActionService actions) {
        this.actions = actions;
    }

    /** The linked actions on a child's case in date order, if the caller keeps the child's file; none otherwise. */
    public List<CaseActionView> ofChild(String childId) {
        return Ids.tryParse(childId).map(id -> actions.findCaseActionsOfChildren(List.of(id))
                .getOrDefault(id, List.of())).orElse(List.of());
    }
}
