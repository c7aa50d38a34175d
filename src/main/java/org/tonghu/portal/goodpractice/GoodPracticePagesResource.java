package org.tonghu.portal.goodpractice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.tonghu.goodpractice.GoodPracticeCaseConnection;
import org.tonghu.goodpractice.GoodPracticeCaseView;
import org.tonghu.goodpractice.GoodPracticeListing;
import org.tonghu.goodpractice.GoodPracticePhotoInput;
import org.tonghu.goodpractice.GoodPracticeRoundView;
import org.tonghu.goodpractice.GoodPracticeSelectionInput;
import org.tonghu.goodpractice.GoodPracticeService;
import org.tonghu.goodpractice.GoodPracticeState;
import org.tonghu.goodpractice.PlanAction;
import org.tonghu.graphql.ConflictException;
import org.tonghu.graphql.NotFoundException;
import org.tonghu.graphql.Problem;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.organization.OrganizationConnection;
import org.tonghu.organization.OrganizationEdge;
import org.tonghu.organization.OrganizationService;
import org.tonghu.organization.OrganizationView;
import org.tonghu.portal.FormValues;
import org.tonghu.portal.PortalLocale;
import org.tonghu.portal.PortalResponses;
import org.tonghu.regioncode.RegionCode;
import org.tonghu.security.CurrentUser;
import org.tonghu.security.Roles;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The signed-in good-practice case pages: the cases awaiting the caller's review, their office's or organization's
 * cases and the published ones; the form to draft or edit a case; one case with the steps the caller may take
 * (submit, recommend, score and select, publish, return with comments). Through the same service as the API: the
 * same rules, codes and audit in one transaction, so a refused form writes nothing; a stale form shows the conflict.
 */
@Path("/portal/cases")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class GoodPracticePagesResource {

    static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("input.title", "title"),
            Map.entry("input.regionCode", "regionCode"), Map.entry("input.planAction", "planAction"),
            Map.entry("input.summary", "summary"), Map.entry("input.story", "story"),
            Map.entry("input.results", "results"), Map.entry("input.organizationIds", "organizationIds"),
            Map.entry("input.year", "title"), Map.entry("comment", "comment"), Map.entry("input.comment", "comment"),
            Map.entry("input.score", "score"), Map.entry("input.contentBase64", "photo"),
            Map.entry("input.caption", "caption"), Map.entry("input.consentGivenBy", "consentGivenBy"),
            Map.entry("input.consentRelation", "consentRelation"),
            Map.entry("input.consentGivenOn", "consentGivenOn"), Map.entry("number", "photo"));

    @CheckedTemplate(basePath = "portal/goodpractice")
    static class Templates {
        static native TemplateInstance casesOfYear(GoodPracticeCaseConnection cases, long total, String region,
                int year, String stage);

        static native TemplateInstance cases(GoodPracticeCaseConnection toReview, GoodPracticeCaseConnection mine,
                GoodPracticeCaseConnection published, List<GoodPracticeRoundView> rounds, boolean drafts,
                boolean reviews, boolean province);

        static native TemplateInstance caseForm(String caseId, GoodPracticeForm form, List<PlanAction> actions,
                List<OrganizationView> organizations, List<Problem> problems, boolean conflict);

        static native TemplateInstance casePage(GoodPracticeCaseView c, List<Problem> problems, boolean conflict,
                boolean saved, String comment, String score, GoodPracticePhotoForm photo);

        static native TemplateInstance rounds(List<GoodPracticeRoundView> rounds, String year, String deadline,
                List<Problem> problems, boolean conflict, boolean saved);
    }

    private final GoodPracticeService cases;
    private final OrganizationService organizations;
    private final CurrentUser currentUser;

    GoodPracticePagesResource(GoodPracticeService cases, OrganizationService organizations,
            CurrentUser currentUser) {
        this.cases = cases;
        this.organizations = organizations;
        this.currentUser = currentUser;
    }

    /** The stages of a round the annual report counts, each with the states a case in it may be in. */
    static final Map<String, List<GoodPracticeState>> STAGES = Map.of(
            "SUBMITTED", List.of(GoodPracticeState.SUBMITTED, GoodPracticeState.RECOMMENDED,
                    GoodPracticeState.SELECTED, GoodPracticeState.PUBLISHED),
            "RECOMMENDED", List.of(GoodPracticeState.RECOMMENDED, GoodPracticeState.SELECTED,
                    GoodPracticeState.PUBLISHED),
            "PUBLISHED", List.of(GoodPracticeState.PUBLISHED));

    /**
     * The cases a caller deals with; with {@code region}, {@code year} and {@code stage} (SUBMITTED, RECOMMENDED or
     * PUBLISHED: that far or further), the list behind a figure of the annual progress report, for officers (another
     * region, year or stage is 404).
     */
    @GET
    public Response list(@QueryParam("region") String region, @QueryParam("year") String year,
            @QueryParam("stage") String stage, @QueryParam("after") String after, @Context HttpHeaders headers) {
        if (FormValues.blank(region) && FormValues.blank(year) && FormValues.blank(stage)) {
            return Response.ok(list(headers)).build();
        }
        Locale locale = PortalLocale.of(headers);
        if (FormValues.blank(region) || year == null || !year.strip().matches("\\d{4}") || stage == null
                || !STAGES.containsKey(stage)) {
            return PortalResponses.notFound(locale);
        }
        try {
            GoodPracticeService.CountedCases counted = cases.listCasesOfYear(region.strip(),
                    Integer.parseInt(year.strip()), STAGES.get(stage), 50, FormValues.blank(after) ? null : after);
            return Response.ok(Templates.casesOfYear(counted.cases(), counted.total(), region.strip(),
                    Integer.parseInt(year.strip()), stage).setLocale(locale)).build();
        } catch (ValidationFailedException e) {
            return PortalResponses.notFound(locale);
        }
    }

    private TemplateInstance list(HttpHeaders headers) {
        boolean drafts = drafts();
        boolean reviews = currentUser.hasRole(Roles.CITY_OFFICER) || currentUser.hasRole(Roles.PROVINCE_OFFICER);
        GoodPracticeCaseConnection toReview = reviews ? cases.listCases(GoodPracticeListing.TO_REVIEW, null, null,
                null, 50, null) : null;
        GoodPracticeCaseConnection mine = drafts ? cases.listCases(GoodPracticeListing.MINE, null, null, null, 50,
                null) : null;
        GoodPracticeCaseConnection published = cases.listCases(GoodPracticeListing.PUBLISHED, null, null, null, 50,
                null);
        return Templates.cases(toReview, mine, published, cases.listRounds(), drafts, reviews,
                currentUser.hasRole(Roles.PROVINCE_OFFICER))
                .setLocale(PortalLocale.of(headers));
    }

    /** Whether the caller drafts cases: a civil-affairs officer with a jurisdiction, or partner staff. */
    private boolean drafts() {
        return currentUser.isCivilAffairsOfficer() && currentUser.region().isPresent()
                || currentUser.hasRole(Roles.PARTNER_STAFF) && currentUser.organizationId().isPresent();
    }

    @GET
    @Path("new")
    public Response newCase(@Context HttpHeaders headers) {
        if (!drafts()) {
            throw currentUser.refused();
        }
        return form(null, GoodPracticeForm.empty(defaultRegion()), List.of(), false, 200, PortalLocale.of(headers));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam GoodPracticeForm form, @Context HttpHeaders headers) {
        Locale locale = PortalLocale.of(headers);
        try {
            GoodPracticeCaseView created = cases.createCase(form.toInput());
            return Response.seeOther(URI.create("/portal/cases/" + created.id() + "?saved=1")).build();
        } catch (ValidationFailedException e) {
            return form(null, form, PortalResponses.onForm(e.problems(), FIELDS::get, "title"), false, 422, locale);
        }
    }

    @GET
    @Path("{caseId}/edit")
    public Response edit(@PathParam("caseId") String caseId, @Context HttpHeaders headers) {
        Locale locale = PortalLocale.of(headers);
        try {
            GoodPracticeCaseView c = cases.findCase(caseId);
            if (!c.editable()) {
                return PortalResponses.notFound(locale);
            }
            return form(caseId, GoodPracticeForm.of(c), List.of(), false, 200, locale);
        } catch (NotFoundException | ValidationFailedException e) {
            return PortalResponses.notFound(locale);
        }
    }

    @POST
    @Path("{caseId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("caseId") String caseId, @BeanParam GoodPracticeForm form,
            @Context HttpHeaders headers) {
        Locale locale = PortalLocale.of(headers);
        try {
            cases.updateCase(caseId, form.version == null ? -1 : form.version, form.toInput());
            return Response.seeOther(URI.create("/portal/cases/" + caseId + "?saved=1")).build();
        } catch (ValidationFailedException e) {
            return form(caseId, form, PortalResponses.onForm(e.problems(), FIELDS::get, "title"), false, 422,
                    locale);
        } catch (ConflictException e) {
            return form(caseId, form, List.of(), true, 409, locale);
        } catch (NotFoundException e) {
            return PortalResponses.notFound(locale);
        }
    }

    private Response form(String caseId, GoodPracticeForm form, List<Problem> problems, boolean conflict, int status,
            Locale locale) {
        return Response.status(status).entity(Templates.caseForm(caseId, form, List.of(PlanAction.values()),
                organizationChoices(), problems, conflict).setLocale(locale)).build();
    }

    /** The region a new case takes place in by default: the caller's jurisdiction or organization's region. */
    private String defaultRegion() {
        if (currentUser.isCivilAffairsOfficer()) {
            return currentUser.region().map(RegionCode::value).orElse("");
        }
        return organizations.callersOrganization().map(OrganizationView::regionCode).orElse("");
    }

    /** The organizations a case may name: those working in the caller's region (the first 100 by name). */
    private List<OrganizationView> organizationChoices() {
        String region = defaultRegion();
        if (region.isEmpty()) {
            return List.of();
        }
        OrganizationConnection found = organizations.listOrganizations(region, null, null, 100, null);
        return found.edges().stream().map(OrganizationEdge::node).toList();
    }

    @GET
    @Path("{caseId}")
    public Response page(@PathParam("caseId") String caseId, @QueryParam("saved") String saved,
            @Context HttpHeaders headers) {
        return page(caseId, List.of(), false, saved != null, "", "", 200, PortalLocale.of(headers));
    }

    private Response page(String caseId, List<Problem> problems, boolean conflict, boolean saved, String comment,
            String score, int status, Locale locale) {
        return page(caseId, problems, conflict, saved, comment, score, GoodPracticePhotoForm.EMPTY, status, locale);
    }

    private Response page(String caseId, List<Problem> problems, boolean conflict, boolean saved, String comment,
            String score, GoodPracticePhotoForm photo, int status, Locale locale) {
        try {
            GoodPracticeCaseView c = cases.findCase(caseId);
            return Response.status(status).entity(Templates.casePage(c, problems, conflict, saved, comment, score,
                    photo).setLocale(locale)).build();
        } catch (NotFoundException | ValidationFailedException e) {
            return PortalResponses.notFound(locale);
        }
    }

    @POST
    @Path("{caseId}/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("caseId") String caseId, @FormParam("version") int version,
            @Context HttpHeaders headers) {
        return step(caseId, "", "", PortalLocale.of(headers), () -> cases.submitCase(caseId, version));
    }

    @POST
    @Path("{caseId}/recommend")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recommend(@PathParam("caseId") String caseId, @FormParam("version") int version,
            @FormParam("comment") String comment, @Context HttpHeaders headers) {
        return step(caseId, comment, "", PortalLocale.of(headers),
                () -> cases.recommendCase(caseId, version, comment));
    }

    @POST
    @Path("{caseId}/select")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response select(@PathParam("caseId") String caseId, @FormParam("version") int version,
            @FormParam("score") String score, @FormParam("comment") String comment, @Context HttpHeaders headers) {
        return step(caseId, comment, score, PortalLocale.of(headers),
                () -> cases.selectCase(caseId, version, new GoodPracticeSelectionInput(score(score), comment)));
    }

    @POST
    @Path("{caseId}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@PathParam("caseId") String caseId, @FormParam("version") int version,
            @Context HttpHeaders headers) {
        return step(caseId, "", "", PortalLocale.of(headers), () -> cases.publishCase(caseId, version));
    }

    @POST
    @Path("{caseId}/return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response returnCase(@PathParam("caseId") String caseId, @FormParam("version") int version,
            @FormParam("comment") String comment, @Context HttpHeaders headers) {
        return step(caseId, comment, "", PortalLocale.of(headers),
                () -> cases.returnCase(caseId, version, comment == null ? "" : comment));
    }

    private static int score(String text) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw ValidationFailedException.of("input.score", "SCORE_INVALID", "A score is 0 to 100.");
        }
    }

    private Response step(String caseId, String comment, String score, Locale locale, Supplier<?> change) {
        try {
            change.get();
            return Response.seeOther(URI.create("/portal/cases/" + caseId + "?saved=1")).build();
        } catch (ValidationFailedException e) {
            return page(caseId, PortalResponses.onForm(e.problems(), FIELDS::get, "steps"), false, false,
                    comment == null ? "" : comment, score == null ? "" : score, 422, locale);
        } catch (ConflictException e) {
            return page(caseId, List.of(), true, false, "", "", 409, locale);
        } catch (NotFoundException e) {
            return PortalResponses.notFound(locale);
        }
    }

    /**
     * Adds a photo with its consent (the case's drafters, while DRAFT or RETURNED): the upload is read here and
     * handed to the service as the graph does, so the same rules (type, size, consent, limit, caption) apply.
     */
    @POST
    @Path("{caseId}/photos")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response addPhoto(@PathParam("caseId") String caseId, @RestForm("photo") FileUpload file,
            @RestForm String caption, @RestForm String consentGivenBy, @RestForm String consentRelation,
            @RestForm String consentGivenOn, @Context HttpHeaders headers) {
        Locale locale = PortalLocale.of(headers);
        GoodPracticePhotoForm form = new GoodPracticePhotoForm(text(caption), text(consentGivenBy),
                text(consentRelation), text(consentGivenOn));
        try {
            cases.addPhoto(caseId, new GoodPracticePhotoInput(base64(file), caption, consentGivenBy,
                    consentRelation, date(consentGivenOn)));
            return Response.seeOther(URI.create("/portal/cases/" + caseId + "?saved=1#photos")).build();
        } catch (ValidationFailedException e) {
            return page(caseId, PortalResponses.onForm(e.problems(), FIELDS::get, "photo"), false, false, "", "",
                    form, 422, locale);
        } catch (NotFoundException e) {
            return PortalResponses.notFound(locale);
        }
    }

    /** Removes a photo (the case's drafters, while DRAFT or RETURNED). */
    @POST
    @Path("{caseId}/photos/{number}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removePhoto(@PathParam("caseId") String caseId, @PathParam("number") int number,
            @Context HttpHeaders headers) {
        Locale locale = PortalLocale.of(headers);
        try {
            cases.removePhoto(caseId, number);
            return Response.seeOther(URI.create("/portal/cases/" + caseId + "?saved=1")).build();
        } catch (ValidationFailedException e) {
            return page(caseId, PortalResponses.onForm(e.problems(), FIELDS::get, "photo"), false, false, "", "",
                    422, locale);
        } catch (NotFoundException e) {
            return PortalResponses.notFound(locale);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** The uploaded file as base64 (empty when none was chosen: the service refuses it as not an image). */
    private static String base64(FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            return "";
        }
        try {
            return Base64.getEncoder().encodeToString(Files.readAllBytes(file.uploadedFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A date as a date field posts it; null when blank or not a date (the service asks for it). */
    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    // --- rounds (province officers) -------------------------------------------------------------------------------

    /** The yearly collection rounds with their deadlines, a form to open one and to move a deadline. */
    @GET
    @Path("rounds")
    public Response rounds(@QueryParam("saved") String saved, @Context HttpHeaders headers) {
        requireProvince();
        return rounds("", "", List.of(), false, saved != null, 200, PortalLocale.of(headers));
    }

    @POST
    @Path("rounds")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createRound(@FormParam("year") String year, @FormParam("deadline") String deadline,
            @Context HttpHeaders headers) {
        requireProvince();
        Locale locale = PortalLocale.of(headers);
        try {
            cases.createRound(year(year), roundDeadline(deadline));
            return Response.seeOther(URI.create("/portal/cases/rounds?saved=1")).build();
        } catch (ValidationFailedException e) {
            return rounds(text(year), text(deadline), PortalResponses.onForm(e.problems(), f -> f, "year"), false,
                    false, 422, locale);
        }
    }

    @POST
    @Path("rounds/{year}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeRoundDeadline(@PathParam("year") int year, @FormParam("version") int version,
            @FormParam("deadline") String deadline, @Context HttpHeaders headers) {
        requireProvince();
        Locale locale = PortalLocale.of(headers);
        try {
            cases.changeRoundDeadline(year, version, roundDeadline(deadline));
            return Response.seeOther(URI.create("/portal/cases/rounds?saved=1")).build();
        } catch (ValidationFailedException e) {
            return rounds("", "", PortalResponses.onForm(e.problems(), f -> "change", "change"), false, false, 422,
                    locale);
        } catch (ConflictException e) {
            return rounds("", "", List.of(), true, false, 409, locale);
        }
    }

    private void requireProvince() {
        if (!currentUser.hasRole(Roles.PROVINCE_OFFICER)) {
            throw currentUser.refused();
        }
    }

    private Response rounds(String year, String deadline, List<Problem> problems, boolean conflict, boolean saved,
            int status, Locale locale) {
        return Response.status(status).entity(Templates.rounds(cases.listRounds(), year, deadline, problems,
                conflict, saved).setLocale(locale)).build();
    }

    private static int year(String text) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw ValidationFailedException.of("year", "YEAR_INVALID", "The year is a number.");
        }
    }

    private static LocalDate roundDeadline(String text) {
        LocalDate parsed = date(text);
        if (parsed == null) {
            throw ValidationFailedException.of("deadline", "DEADLINE_INVALID", "The deadline is a date.");
        }
        return parsed;
    }

    /** A photo of a case the caller may see. */
    @GET
    @Path("{caseId}/photos/{number}")
    @Produces({ "image/jpeg", "image/png", "image/webp" })
    public Response photo(@PathParam("caseId") String caseId, @PathParam("number") int number) {
        return PublicCasesResource.photoResponse(cases.findPhoto(caseId, number), "private, no-store");
    }
}
