package org.tonghu.childfile;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.tonghu.activity.ActivityConnection;
import org.tonghu.care.CareRecordConnection;
import org.tonghu.concern.ConcernConnection;
import org.tonghu.graphql.PageRequest;
import org.tonghu.pairing.PairingConnection;
import org.tonghu.referral.ReferralConnection;
import org.tonghu.rehabilitation.RehabilitationConnection;
import org.tonghu.security.Roles;
import org.tonghu.visit.VisitConnection;
import org.tonghu.worklog.WorkLogConnection;

/**
 * The child's file in the graph. Its sections take page arguments and hang off a single file (a root field for one
 * child), so they are resolved per file, not batched: there is only ever one parent.
 */
@GraphQLApi
@RolesAllowed({ Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER, Roles.TOWNSHIP_SUPERVISOR,
        Roles.VILLAGE_DIRECTOR, Roles.PARTNER_STAFF, Roles.THIRD_PARTY_APP })
public class ChildFileGraphQL {

    private final ChildFileService files;

    ChildFileGraphQL(ChildFileService files) {
        this.files = files;
    }

    @Query("childFile")
    @Description("The file (一人一档) of a child in your scope: CHILD_NOT_FOUND otherwise.")
    public @NonNull ChildFileView childFile(
            @Name("childId") @Description("The child's ID.") @NonNull @Id String childId) {
        return files.findChildFile(childId);
    }

    @Description("The child's visits, latest first; corrected originals only with includeCorrected.")
    public @NonNull VisitConnection visits(
            @Source ChildFileView file,
            @Name("includeCorrected") @Description("Also list visits that were superseded by a correction.")
            @DefaultValue("false") Boolean includeCorrected,
            @Name("first") @Description(PageRequest.FIRST_DESCRIPTION) Integer first,
            @Name("after") @Description(PageRequest.AFTER_DESCRIPTION) String after) {
        return files.visits(file, Boolean.TRUE.equals(includeCorrected), first, after);
    }

    @Description("The concerns about the child and their resolutions, latest raised first.")
    public @NonNull ConcernConnection concerns(@Source ChildFileView file,
            @Name("first") @Description(PageRequest.FIRST_DESCRIPTION) Integer first,
            @Name("after") @Description(PageRequest.AFTER_DESCRIPTION) String after) {
        return files.concerns(file, first, after);
    }

    @Description("Help given to the child, latest first.")
    public @NonNull CareRecordConnection careRecords(@Source ChildFileView file,
            @Name("first") @Description(PageRequest.FIRST_DESCRIPTION) Integer first,
            @Name("after") @Description(PageRequest.AFTER_DESCRIPTION) String after) {
        return files.careRecords(file, first, after);
    }

    @Description("The child's pairings (loving mothers, buddies, mentors) with their check-ins, the latest first.")
    public @NonNull PairingConnection pairings(@Source ChildFileView file,
            @Name("first") @Description(PageRequest.FIRST_DESCRIPTION) Integer first,
            @Name("after") @Description(PageRequest.AFTER_DESCRIPTION) String after) {
        return files.pairings(file, first, after);
    }

    @Description("Referrals of the child between agencies, with their answers and outcomes, the latest first.")
    public @NonNull ReferralConnection referrals(@Source ChildFileView file,
            @Name("first") @Description(PageRequest.FIRST_DESCRIPTION) Integer first,
            @Name("after") @Description(PageRequest.AFTER_DESCRIPTION) String after) {
        return files.referrals(file, first, after);
    }

    @Description("The child's rehabilitation pathway (康复救助), in order: screening and assessment, then services.")
    public @NonNull RehabilitationConnection rehabilitation(@Source ChildFileView file,
            @Name("first") @Description(PageRequest.FIRST_DESCRIPTION) Integer first,
            @Name("after") @Description(PageRequest.AFTER_DESCRIPTION) String after) {
        return files.rehabilitation(file, first, after);
    }

    @Description("Activities the child attended, the latest first.")
    public @NonNull ActivityConnection activities(@Source ChildFileView file,
            @Name("first") @Description(PageRequest.FIRST_DESCRIPTION) Integer first,
            @Name("after") @Description(PageRequest.AFTER_DESCRIPTION) String after) {
        return files.activities(file, first, after);
    }

    @Description("Work log entries about the child, latest first; null for partners.")
    public WorkLogConnection workLog(@Source ChildFileView file,
            @Name("first") @Description(PageRequest.FIRST_DESCRIPTION) Integer first,
            @Name("after") @Description(PageRequest.AFTER_DESCRIPTION) String after) {
        return files.workLog(file, first, after).orElse(null);
    }
}
