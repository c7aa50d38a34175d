package org.tonghu.goodpractice;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

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

/** Good-practice cases (优秀案例): translates between GraphQL and {@link GoodPracticeService}. */
@GraphQLApi
@RolesAllowed({ Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER, Roles.PARTNER_STAFF })
public class GoodPracticeGraphQL {

    private final GoodPracticeService cases;

    GoodPracticeGraphQL(GoodPracticeService cases) {
        this.cases = cases;
    }

    @Query("goodPracticeCase")
    @RolesAllowed({ Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER, Roles.TOWNSHIP_SUPERVISOR,
            Roles.VILLAGE_DIRECTOR, Roles.PARTNER_STAFF, Roles.THIRD_PARTY_APP, Roles.AUDITOR,
            Roles.SYSTEM_ADMINISTRATOR })
    @Description("A good-practice case: a published one (every signed-in caller), your office's or organization's, or "
            + "one past drafting in your jurisdiction (civil-affairs officers).")
    public @NonNull GoodPracticeCaseView goodPracticeCase(
            @Name("id") @Description("The case's ID.") @NonNull @Id String id) {
        return cases.findCase(id);
    }

    @Query("goodPracticeCases")
    @RolesAllowed({ Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER, Roles.TOWNSHIP_SUPERVISOR,
            Roles.VILLAGE_DIRECTOR, Roles.PARTNER_STAFF, Roles.THIRD_PARTY_APP, Roles.AUDITOR,
            Roles.SYSTEM_ADMINISTRATOR })
    @Description("A page of the good-practice cases you may see, the latest changed first. listing: ALL (default), "
            + "MINE, TO_REVIEW or PUBLISHED; state, year (the round) and regionCode (where it took place, any level) "
            + "filter. first: 1 to 100, default 20.")
    public @NonNull GoodPracticeCaseConnection goodPracticeCases(
            @Name("listing") @Description("Which cases: ALL (default), MINE, TO_REVIEW or PUBLISHED.")
            GoodPracticeListing listing,
            @Name("state") @Description("Only cases in this state; default any.") GoodPracticeState state,
            @Name("year") @Description("Only cases of this year's collection round (征集); default any.") Integer year,
            @Name("regionCode") @Description("Only cases that took place under this region (any level); default "
            + "anywhere.") String regionCode,
            @Name("first") @Description(PageRequest.FIRST_DESCRIPTION) Integer first,
            @Name("after") @Description(PageRequest.AFTER_DESCRIPTION) String after) {
        return cases.listCases(listing, state, year, regionCode, first, after);
    }

    @Query("goodPracticeRounds")
    @RolesAllowed({ Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER, Roles.TOWNSHIP_SUPERVISOR,
            Roles.VILLAGE_DIRECTOR, Roles.PARTNER_STAFF, Roles.THIRD_PARTY_APP, Roles.AUDITOR,
            Roles.SYSTEM_ADMINISTRATOR })
    @Description("The yearly collection rounds (征集) of good-practice cases, the latest first (at most 50).")
    public @NonNull List<@NonNull GoodPracticeRoundView> goodPracticeRounds() {
        return cases.listRounds();
    }

    @Mutation("createGoodPracticeRound")
    @Idempotent
    @RolesAllowed(Roles.PROVINCE_OFFICER)
    @Description("Opens the collection round of a year (last year, this year or next) with its deadline, in that year. "
            + "One round a year (ROUND_EXISTS).")
    public @NonNull GoodPracticeRoundView createGoodPracticeRound(
            @Name("year") @Description("The round's year: last year, this year or next.") @NonNull int year,
            @Name("deadline") @NonNull LocalDate deadline) {
        return cases.createRound(year, deadline);
    }

    @Mutation("changeGoodPracticeRoundDeadline")
    @RolesAllowed(Roles.PROVINCE_OFFICER)
    @Description("Moves a round's deadline (within its year). A stale expectedVersion gets CONFLICT.")
    public @NonNull GoodPracticeRoundView changeGoodPracticeRoundDeadline(
            @Name("year") @Description("The round's year.") @NonNull int year,
            @Name("expectedVersion") @Description(ConflictException.EXPECTED_VERSION) @NonNull int expectedVersion,
            @Name("deadline") @NonNull LocalDate deadline) {
        return cases.changeRoundDeadline(year, expectedVersion, deadline);
    }

    @Mutation("createGoodPracticeCase")
    @Idempotent
    @Description("Drafts a good-practice case for your office (civil-affairs officers) or your organization (partner "
            + "staff). Texts with a national ID number, a phone number or the name of a child registered in the "
            + "case's region are refused (ID_NUMBER_IN_TEXT, PHONE_NUMBER_IN_TEXT, CHILD_NAME_IN_TEXT).")
    public @NonNull GoodPracticeCaseView createGoodPracticeCase(
            @Name("input") @Description("The case.") @NonNull GoodPracticeCaseInput input) {
        return cases.createCase(input);
    }

    @Mutation("updateGoodPracticeCase")
    @Description("Saves your draft (or returned case) again, with the same checks. A stale expectedVersion gets "
            + "CONFLICT.")
    public @NonNull GoodPracticeCaseView updateGoodPracticeCase(
            @Name("id") @Description("The case's ID.") @NonNull @Id String id,
            @Name("expectedVersion") @Description(ConflictException.EXPECTED_VERSION) @NonNull int expectedVersion,
            @Name("input") @Description("The case's new content (its year is kept).") @NonNull
            GoodPracticeCaseInput input) {
        return cases.updateCase(id, expectedVersion, input);
    }

    @Mutation("addGoodPracticeCasePhoto")
    @Idempotent
    @Description("Adds a photo (JPEG, PNG or WebP, at most tonghu.good-practice.max-photo-bytes, at most "
            + "tonghu.good-practice.max-photos-per-case a case) to your draft or returned case, with the consent "
            + "given for it (who, relation, when: required).")
    public @NonNull GoodPracticeCaseView addGoodPracticeCasePhoto(
            @Name("caseId") @Description("The case's ID.") @NonNull @Id String caseId,
            @Name("input") @Description("The photo with its consent.") @NonNull GoodPracticePhotoInput input) {
        return cases.addPhoto(caseId, input);
    }

    @Mutation("removeGoodPracticeCasePhoto")
    @Description("Removes a photo from your draft or returned case.")
    public @NonNull GoodPracticeCaseView removeGoodPracticeCasePhoto(
            @Name("caseId") @Description("The case's ID.") @NonNull @Id String caseId,
            @Name("number") @Description("The photo's number in the case (PHOTO_NOT_FOUND if it has none).") @NonNull
            int number) {
        return cases.removePhoto(caseId, number);
    }

    @Mutation("submitGoodPracticeCase")
    @Description("Submits your draft or returned case before the round's deadline: to the city above its region, or to "
            + "the province when your office is a city's or the province's. The personal-data check runs again.")
    public @NonNull GoodPracticeCaseView submitGoodPracticeCase(
            @Name("id") @Description("The case's ID.") @NonNull @Id String id,
            @Name("expectedVersion") @Description(ConflictException.EXPECTED_VERSION) @NonNull int expectedVersion) {
        return cases.submitCase(id, expectedVersion);
    }

    @Mutation("recommendGoodPracticeCase")
    @RolesAllowed(Roles.CITY_OFFICER)
    @Description("Recommends a submitted case of your city to the province, with an optional comment.")
    public @NonNull GoodPracticeCaseView recommendGoodPracticeCase(
            @Name("id") @Description("The case's ID.") @NonNull @Id String id,
            @Name("expectedVersion") @Description(ConflictException.EXPECTED_VERSION) @NonNull int expectedVersion,
            @Name("comment") @Description("The city's comment for the province; optional.") String comment) {
        return cases.recommendCase(id, expectedVersion, comment);
    }

    @Mutation("selectGoodPracticeCase")
    @RolesAllowed(Roles.PROVINCE_OFFICER)
    @Description("Scores a recommended case (0 to 100) with comments and selects it for publication.")
    public @NonNull GoodPracticeCaseView selectGoodPracticeCase(
            @Name("id") @Description("The case's ID.") @NonNull @Id String id,
            @Name("expectedVersion") @Description(ConflictException.EXPECTED_VERSION) @NonNull int expectedVersion,
            @Name("input") @Description("The province's score and comments.") @NonNull
            GoodPracticeSelectionInput input) {
        return cases.selectCase(id, expectedVersion, input);
    }

    @Mutation("publishGoodPracticeCase")
    @RolesAllowed(Roles.PROVINCE_OFFICER)
    @Description("Publishes a selected case: every signed-in user reads it, and so does anyone on /cases.")
    public @NonNull GoodPracticeCaseView publishGoodPracticeCase(
            @Name("id") @Description("The case's ID.") @NonNull @Id String id,
            @Name("expectedVersion") @Description(ConflictException.EXPECTED_VERSION) @NonNull int expectedVersion) {
        return cases.publishCase(id, expectedVersion);
    }

    @Mutation("returnGoodPracticeCase")
    @RolesAllowed({ Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER })
    @Description("Returns a case to its drafters with comments (required): the city a submitted one, the province a "
            + "recommended or selected one. They edit it and submit it again.")
    public @NonNull GoodPracticeCaseView returnGoodPracticeCase(
            @Name("id") @Description("The case's ID.") @NonNull @Id String id,
            @Name("expectedVersion") @Description(ConflictException.EXPECTED_VERSION) @NonNull int expectedVersion,
            @Name("comment") @Description("Why it is returned: what the drafters should change (required).") @NonNull
            String comment) {
        return cases.returnCase(id, expectedVersion, comment);
    }
}
