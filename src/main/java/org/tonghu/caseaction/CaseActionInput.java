package org.tonghu.caseaction;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A linked action to record on a child's case. */
@Input("CaseActionInput")
@Description("A court's, procuratorate's or other body's decision about a child, to record.")
public record CaseActionInput(
        @NonNull @Description("What kind of action it is.") CaseActionKind kind,
        @NonNull @Description("The date of the decision; not before the child's birth, not in the future.")
        LocalDate actionDate,
        @NonNull @Description("The court, procuratorate or other body that issued it (up to 100 characters).")
        String issuingBody,
        @NonNull @Description("The document number (文书编号), up to 60 characters.") String documentNumber,
        @Id @Description("The mandatory report about this child that led to it, if any.") String protectionReportId,
        @Id @Description("For FAMILY_EDUCATION_ORDER only: the FAMILY_EDUCATION activity that gives the guidance.")
        String familyEducationActivityId,
        @Description("Up to 1000 characters.") String note) {
}
