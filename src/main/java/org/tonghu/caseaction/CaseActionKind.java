package org.tonghu.caseaction;

import org.eclipse.microprofile.graphql.Description;

/** What was decided about a child, and by whom. */
@Description("A linked action on a child's case (policy §6).")
public enum CaseActionKind {
    @Description("A personal-safety protection order (人身安全保护令), by a court.")
    PROTECTION_ORDER,
    @Description("The revocation of a guardian's guardianship (撤销监护资格), by a court.")
    GUARDIANSHIP_REVOKED,
    @Description("An order for the guardians to receive family-education guidance (责令接受家庭教育指导); tied to the "
            + "FAMILY_EDUCATION activity that gives it, when arranged.")
    FAMILY_EDUCATION_ORDER,
    @Description("A judicial suggestion (司法建议), by a court.")
    JUDICIAL_SUGGESTION,
    @Description("A procuratorial suggestion (检察建议), by a procuratorate.")
    PROCURATORIAL_SUGGESTION
}
