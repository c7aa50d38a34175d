package org.tonghu.caseaction;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A linked action on a child's case, as the graph shows it. */
@Type("CaseAction")
@Description("What a court, procuratorate or other body decided about a child (policy §6), as civil affairs "
        + "recorded it.")
public record CaseActionView(
        @NonNull @Id @Description("The case action's ID.") String id,
        @NonNull @Id @Description("The child.") String childId,
        @NonNull @Description("What kind of action it is.") CaseActionKind kind,
        @NonNull LocalDate actionDate,
        @NonNull @Description("The court, procuratorate or other body that issued it.") String issuingBody,
        @NonNull @Description("The document number (文书编号).") String documentNumber,
        @Id @Description("The mandatory report that led to it, if any.") String protectionReportId,
        @Id @Description("For FAMILY_EDUCATION_ORDER: the FAMILY_EDUCATION activity that gives the guidance, once "
                + "arranged.") String familyEducationActivityId,
        @Description("A note, up to 1000 characters.") String note,
        @NonNull @Description("Who recorded it.") String recordedByName,
        @NonNull OffsetDateTime recordedAt,
        @NonNull @Description("The record's version; no mutation changes a case action yet.") int version) {

    static CaseActionView of(CaseAction action) {
        return new CaseActionView(action.id.toString(), action.childId.toString(), action.kind, action.actionDate,
                action.issuingBody, action.documentNumber,
                action.protectionReportId == null ? null : action.protectionReportId.toString(),
                action.familyEducationActivityId == null ? null : action.familyEducationActivityId.toString(),
                action.note, action.recordedByName, action.recordedAt, (int) action.version);
    }
}
