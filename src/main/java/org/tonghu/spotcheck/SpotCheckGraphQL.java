package org.tonghu.spotcheck;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.tonghu.graphql.ConflictException;
import org.tonghu.graphql.PageRequest;
import org.tonghu.idempotency.Idempotent;
import org.tonghu.security.Roles;

/** File spot checks and their rectification tasks: translates between GraphQL and {@link SpotCheckService}. */
@GraphQLApi
@RolesAllowed({ Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER })
public class SpotCheckGraphQL {

    private final SpotCheckService spotChecks;

    SpotCheckGraphQL(SpotCheckService spotChecks) {
        this.spotChecks = spotChecks;
    }

    @Mutation("createSpotCheck")
    @Idempotent
    @Description("Opens the file spot check (抽查) of a county or city of your jurisdiction for a year: draws, in each "
            + "township, filesPerTownship open files by the seed (all of a township with fewer) and pre-fills the "
            + "items the data answers. One check per region and year (SPOT_CHECK_EXISTS).")
    public @NonNull SpotCheckView createSpotCheck(
            @Name("input") @Description("The region, year, sample size and seed of the check.") @NonNull
            SpotCheckInput input) {
        return spotChecks.createSpotCheck(input);
    }

    @Query("spotCheck")
    @Description("A spot check of your jurisdiction.")
    public @NonNull SpotCheckView spotCheck(@Name("id") @Description("The spot check's ID.") @NonNull @Id String id) {
        return spotChecks.findSpotCheck(id);
    }

    @Query("spotChecks")
    @Description("A page of the spot checks of regions in your jurisdiction (or under regionCode), the latest opened "
            + "first; optionally of one year. first: 1 to 100, default 20.")
    public @NonNull SpotCheckConnection spotChecks(
            @Name("regionCode") @Description("Only checks of regions under this one; default: all your "
            + "jurisdiction.") String regionCode,
            @Name("year") @Description("Only checks of this year; default any.") Integer year,
            @Name("first") @Description(PageRequest.FIRST_DESCRIPTION) Integer first,
            @Name("after") @Description(PageRequest.AFTER_DESCRIPTION) String after) {
        return spotChecks.listSpotChecks(regionCode, year, first, after);
    }

    @Query("spotCheckFiles")
    @Description("A page of the files a spot check drew, by township and rank in the draw, each with its checklist; "
            + "optionally of one township. first: 1 to 100, default 20.")
    public @NonNull SpotCheckFileConnection spotCheckFiles(
            @Name("spotCheckId") @Description("The spot check's ID.") @NonNull @Id String spotCheckId,
            @Name("townshipCode") @Description("Only the files of this township (its 12-digit code; "
            + "TOWNSHIP_CODE_INVALID for any other code); default all.") String townshipCode,
            @Name("first") @Description(PageRequest.FIRST_DESCRIPTION) Integer first,
            @Name("after") @Description(PageRequest.AFTER_DESCRIPTION) String after) {
        return spotChecks.listSpotCheckFiles(spotCheckId, townshipCode, first, after);
    }

    @Query("spotCheckFile")
    @RolesAllowed({ Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER, Roles.TOWNSHIP_SUPERVISOR,
            Roles.VILLAGE_DIRECTOR })
    @Description("A drawn file with its checklist: for officers over the check's region, and for the directors and "
            + "supervisors of the child's village.")
    public @NonNull SpotCheckFileView spotCheckFile(
            @Name("id") @Description("The drawn file's ID (not the child's).") @NonNull @Id String id) {
        return spotChecks.findSpotCheckFile(id);
    }

    @Query("spotCheckResults")
    @Description("A spot check's results by township and for its whole region.")
    public @NonNull SpotCheckResults spotCheckResults(
            @Name("spotCheckId") @Description("The spot check's ID.") @NonNull @Id String spotCheckId) {
        return spotChecks.spotCheckResults(spotCheckId);
    }

    @Query("spotCheckRedraw")
    @Description("Runs a spot check's draw again with its recorded seed, region, size and population day and says "
            + "whether it gives the recorded sample: anyone can check the sample was not chosen by hand.")
    public @NonNull SpotCheckRedraw spotCheckRedraw(
            @Name("spotCheckId") @Description("The spot check's ID.") @NonNull @Id String spotCheckId) {
        return spotChecks.redrawSpotCheck(spotCheckId);
    }

    @Query("spotCheckSummary")
    @Description("A year's spot-check figures of the files drawn from a region of your jurisdiction (any check).")
    public @NonNull SpotCheckSummary spotCheckSummary(
            @Name("regionCode") @Description("A region of your jurisdiction, any level; its files are those of the "
            + "villages under it.") @NonNull String regionCode,
            @Name("year") @Description("The year of the checks.") @NonNull int year) {
        return spotChecks.summarizeRegion(regionCode, year);
    }

    @Mutation("scoreSpotCheckFile")
    @Description("Scores a drawn file: every item the checker scores, pre-filled items only to override them (with a "
            + "note). Each failed item becomes a rectification task for the director of the child's village. A file "
            + "is scored once (FILE_ALREADY_SCORED); a stale expectedVersion gets CONFLICT.")
    public @NonNull SpotCheckFileView scoreSpotCheckFile(
            @Name("id") @Description("The drawn file's ID.") @NonNull @Id String id,
            @Name("expectedVersion") @Description(ConflictException.EXPECTED_VERSION) @NonNull int expectedVersion,
            @Name("input") @Description("The checker's verdicts on the file's items.") @NonNull
            SpotCheckScoreInput input) {
        return spotChecks.scoreSpotCheckFile(id, expectedVersion, input);
    }

    @Query("rectificationTasks")
    @RolesAllowed({ Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER, Roles.TOWNSHIP_SUPERVISOR,
            Roles.VILLAGE_DIRECTOR })
    @Description("A page of rectification tasks (整改), the earliest deadline first: of the villages of your "
            + "jurisdiction (a director's: their village's). Optionally of one status or one check; overdueOnly: only "
            + "OPEN tasks past their deadline. first: 1 to 100, default 20.")
    public @NonNull RectificationTaskConnection rectificationTasks(
            @Name("status") @Description("Only tasks in this status; default any.") RectificationTaskStatus status,
            @Name("spotCheckId") @Description("Only the tasks of this spot check; default any.") @Id
            String spotCheckId,
            @Name("overdueOnly") @Description("Only OPEN tasks past their dueOn; default false.")
            @DefaultValue("false") boolean overdueOnly,
            @Name("first") @Description(PageRequest.FIRST_DESCRIPTION) Integer first,
            @Name("after") @Description(PageRequest.AFTER_DESCRIPTION) String after) {
        return spotChecks.listRectificationTasks(status, spotCheckId, overdueOnly, first, after);
    }

    @Query("rectificationTask")
    @RolesAllowed({ Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER, Roles.TOWNSHIP_SUPERVISOR,
            Roles.VILLAGE_DIRECTOR })
    @Description("A rectification task of a village of your jurisdiction.")
    public @NonNull RectificationTaskView rectificationTask(
            @Name("id") @Description("The rectification task's ID.") @NonNull @Id String id) {
        return spotChecks.findRectificationTask(id);
    }

    @Mutation("completeRectificationTask")
    @RolesAllowed({ Roles.TOWNSHIP_SUPERVISOR, Roles.VILLAGE_DIRECTOR })
    @Description("Marks an OPEN rectification task of your village done, saying what was put right (TASK_NOT_OPEN "
            + "otherwise). A stale expectedVersion gets CONFLICT.")
    public @NonNull RectificationTaskView completeRectificationTask(
            @Name("id") @Description("The rectification task's ID.") @NonNull @Id String id,
            @Name("expectedVersion") @Description(ConflictException.EXPECTED_VERSION) @NonNull int expectedVersion,
            @Name("note") @Description("What was put right, 1 to 1000 characters.") @NonNull String note) {
        return spotChecks.completeRectificationTask(id, expectedVersion, note);
    }

    @Mutation("confirmRectificationTask")
    @Description("Confirms a rectification task marked DONE (TASK_NOT_DONE otherwise). A stale expectedVersion gets "
            + "CONFLICT.")
    public @NonNull RectificationTaskView confirmRectificationTask(
            @Name("id") @Description("The rectification task's ID.") @NonNull @Id String id,
            @Name("expectedVersion") @Description(ConflictException.EXPECTED_VERSION) @NonNull int expectedVersion) {
        return spotChecks.confirmRectificationTask(id, expectedVersion);
    }

    @Mutation("reopenRectificationTask")
    @Description("Reopens a rectification task marked DONE that is not put right, saying why; it is due again in "
            + "tonghu.spotcheck.rectification-days. A stale expectedVersion gets CONFLICT.")
    public @NonNull RectificationTaskView reopenRectificationTask(
            @Name("id") @Description("The rectification task's ID.") @NonNull @Id String id,
            @Name("expectedVersion") @Description(ConflictException.EXPECTED_VERSION) @NonNull int expectedVersion,
            @Name("note") @Description("Why it is not put right, 1 to 1000 characters.") @NonNull String note) {
        return spotChecks.reopenRectificationTask(id, expectedVersion, note);
    }
}
