package org.tonghu.worklog;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.tonghu.graphql.PageRequest;
import org.tonghu.idempotency.Idempotent;
import org.tonghu.security.Roles;

/** Work logs: translates between GraphQL and {@link WorkLogService}. */
@GraphQLApi
@RolesAllowed({ Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER, Roles.TOWNSHIP_SUPERVISOR,
        Roles.VILLAGE_DIRECTOR })
public class WorkLogGraphQL {

    private final WorkLogService workLog;

    WorkLogGraphQL(WorkLogService workLog) {
        this.workLog = workLog;
    }

    @Query("workLog")
    @Description("A page of the work log kept in your jurisdiction (or under regionCode inside it), latest first.")
    public @NonNull WorkLogConnection workLog(
            @Name("regionCode") @Description("Only entries under this region of your jurisdiction.") String regionCode,
            @Name("first") @Description(PageRequest.FIRST_DESCRIPTION) Integer first,
            @Name("after") @Description(PageRequest.AFTER_DESCRIPTION) String after) {
        return workLog.listWorkLog(regionCode, first, after);
    }

    @Mutation("recordWorkLogEntry")
    @Idempotent
    @Description("Adds an entry to your work log (工作日志).")
    public @NonNull WorkLogEntryView recordWorkLogEntry(
            @Name("input") @Description("The entry.") @NonNull WorkLogEntryInput input) {
        return workLog.recordWorkLogEntry(input);
    }
}
