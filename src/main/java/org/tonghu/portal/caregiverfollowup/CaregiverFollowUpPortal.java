package org.tonghu.portal.caregiverfollowup;

import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.tonghu.caregiverfollowup.CaregiverDecision;
import org.tonghu.caregiverfollowup.CaregiverFollowUpService;
import org.tonghu.caregiverfollowup.CaregiverFollowUpStatus;
import org.tonghu.caregiverfollowup.CaregiverFollowUpView;
import org.tonghu.caregiverfollowup.ParentsContactMode;
import org.tonghu.child.ChildService;
import org.tonghu.child.ChildView;
import org.tonghu.graphql.Ids;
import org.tonghu.graphql.Problem;
import org.tonghu.guardian.GuardianService;
import org.tonghu.security.CurrentUser;
import org.tonghu.time.ChinaTime;

/**
 * What the portal's caregiver follow-up sections show, for the templates ({@code inject:caregiverFollowUpPortal}):
 * the open follow-ups of the caller's jurisdiction for the home page, and a child's follow-ups for the child's file.
 * Read through the same services as the API, so scope and audit are the same.
 */
@Named("caregiverFollowUpPortal")
@RequestScoped
public class CaregiverFollowUpPortal {

    /** How many open follow-ups the home page shows, the nearest deadline first. */
    static final int WORK_LIST_SIZE = 20;

    /** One open follow-up on the work list, with the child's name. */
    public record WorkItem(CaregiverFollowUpView followUp, String childName) {
    }

    /** A guardian of the child, to choose as the new caregiver. */
    public record GuardianChoice(String id, String name) {
    }

    private final CaregiverFollowUpService followUps;
    private final ChildService children;
    private final GuardianService guardians;
    private final CurrentUser currentUser;

    CaregiverFollowUpPortal(CaregiverFollowUpService followUps, ChildService children, GuardianService guardians,
            CurrentUser currentUser) {
        this.followUps = followUps;
        this.children = children;
        this.guardians = guardians;
        this.currentUser = currentUser;
    }

    /** Whether the caller keeps children's files (and so has follow-ups to do). */
    public boolean keepsFiles() {
        return currentUser.childScope().hasJurisdiction();
    }

    /** The open follow-ups of the caller's jurisdiction, the nearest deadline first; none for partners. */
    public List<WorkItem> workList() {
        if (!keepsFiles()) {
            return List.of();
        }
        List<CaregiverFollowUpView> open = followUps.listFollowUps(CaregiverFollowUpStatus.OPEN, null,
                WORK_LIST_SIZE, null).edges().stream().map(edge -> edge.node()).toList();
        Map<String, ChildView> named = open.isEmpty() ? Map.of()
                : children.findChildrenInScope(open.stream().map(f -> UUID.fromString(f.childId())).toList());
        return open.stream().map(f -> new WorkItem(f, named.containsKey(f.childId())
                ? named.get(f.childId()).name() : "")).toList();
    }

    /** The follow-ups of a child whose file the caller keeps, latest opened first; none otherwise. */
    public List<CaregiverFollowUpView> ofChild(String childId) {
        return Ids.tryParse(childId).map(id -> followUps.findFollowUpsOfChildren(List.of(id))
                .getOrDefault(id, List.of())).orElse(List.of());
    }

    /** The guardians linked to a child whose file the caller keeps, to choose the new caregiver among. */
    public List<GuardianChoice> guardiansOf(String childId) {
        return Ids.tryParse(childId).filter(id -> !children.filterInScope(List.of(id), true).isEmpty())
                .map(id -> guardians.findGuardiansOfChildren(List.of(id)).stream()
                .map(link -> new GuardianChoice(link.guardianId().toString(), link.name())).toList())
                .orElse(List.of());
    }

    /** The forms' values as typed over their defaults (every field present: the templates render strictly). */
    static Map<String, String> formValues(Map<String, String> typed) {
        Map<String, String> values = new HashMap<>();
        for (String field : List.of("mode", "personReached", "response", "decision", "guardianId", "note",
                "resolution")) {
            values.put(field, "");
        }
        values.put("contactedAt", ChinaTime.now().toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).toString());
        typed.forEach((field, value) -> {
            if (value != null && !value.isEmpty()) {
                values.put(field, value);
            }
        });
        return values;
    }

    /** No values typed yet, for a form shown fresh. */
    public Map<String, String> noValues() {
        return formValues(Map.of());
    }

    /** No problems yet, for a form shown fresh. */
    public List<Problem> noProblems() {
        return List.of();
    }

    /** The ways of telling the parents, in the order the form offers them. */
    public List<String> contactModes() {
        return Arrays.stream(ParentsContactMode.values()).map(Enum::name).toList();
    }

    /** The decisions about the caregiver, in the order the form offers them. */
    public List<String> decisions() {
        return Arrays.stream(CaregiverDecision.values()).map(Enum::name).toList();
    }
}
