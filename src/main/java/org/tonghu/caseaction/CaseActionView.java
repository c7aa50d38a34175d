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
        @NonNull @Id String id,
        @NonNull @Id String childId,
        @NonNull CaseActionKind kind,
        @NonNull LocalDate actionDate,
        @NonNull String issuingBody,
        @NonNull String documentNumber,
        @Id String protectionReportId,
        @Id String familyEducationActivityId,
        String note,
        @NonNull String recordedByName,
        @NonNull OffsetDateTime recordedAt,
        @NonNull int version) {

    static CaseActionView of(CaseAction action) {
        return new CaseActionView(action.id.toString(), action.childId.toString(), action.kind, action.actionDate,
                action.issuingBody, action.documentNumber,
                action.protectionReportId == null ? null : action.protectionReportId.toString(),
                action.familyEducationActivityId == null ? null : action.familyEducationActivityId.toString(),
                action.note, action.recordedByName, action.recordedAt, (int) action.version);
    }
}
