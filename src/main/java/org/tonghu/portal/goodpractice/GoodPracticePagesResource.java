package org.tonghu.portal.goodpractice;

import java.net.URI;
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
import org.tonghu.goodpractice.GoodPracticeRoundView;
import org.tonghu.goodpractice.GoodPracticeSelectionInput;
import org.tonghu.goodpractice.GoodPracticeService;
import org.tonghu.goodpractice.PlanAction;
import org.tonghu.graphql.ConflictException;
import org.tonghu.graphql.NotFoundException;
import org.tonghu.graphql.Problem;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.organization.OrganizationConnection;
import org.tonghu.organization.OrganizationEdge;
import org.tonghu.organization.OrganizationService;
import org.tonghu.organization.OrganizationView;
import org.tonghu.portal.PortalLocale;
import org.tonghu.portal.PortalResponses;
import org.tonghu.regioncode.RegionCode;
import org.tonghu.security.CurrentUser;
import org.tonghu.security.Roles;

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
            Map.entry("input.score", "score"));

    @CheckedTemplate(basePath = "portal/goodpractice")
    static class Templates {
        static native TemplateInstance cases(GoodPracticeCaseConnection toReview, GoodPracticeCaseConnection mine,
                GoodPracticeCaseConnection published, List<GoodPracticeRoundView> rounds, boolean drafts,
                boolean reviews);

        static native TemplateInstance caseForm(String caseId, GoodPracticeForm form, List<PlanAction> actions,
                List<OrganizationView> organizations, List<Problem> problems, boolean conflict);

        static native TemplateInstance casePage(GoodPracticeCaseView c, List<Problem> problems, boolean conflict,
                boolean saved, String comment, String score);
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

    @GET
    public TemplateInstance list(@Context HttpHeaders headers) {
        boolean drafts = drafts();
        boolean reviews = currentUser.hasRole(Roles.CITY_OFFICER) || currentUser.hasRole(Roles.PROVINCE_OFFICER);
        GoodPracticeCaseConnection toReview = reviews ? cases.listCases(GoodPracticeListing.TO_REVIEW, null, null,
                null, 50, null) : null;
        GoodPracticeCaseConnection mine = drafts ? cases.listCases(GoodPracticeListing.MINE, null, null, null, 50,
                null) : null;
        GoodPracticeCaseConnection published = cases.listCases(GoodPracticeListing.PUBLISHED, null, null, null, 50,
                null);
        return Templates.cases(toReview, mine, published, cases.listRounds(), drafts, reviews)
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
        try {
            GoodPracticeCaseView c = cases.findCase(caseId);
            return Response.status(status).entity(Templates.casePage(c, problems, conflict, saved, comment, score)
                    .setLocale(locale)).build();
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

    /** A photo of a case the caller may see. */
    @GET
    @Path("{caseId}/photos/{number}")
    @Produces({ "image/jpeg", "image/png", "image/webp" })
    public Response photo(@PathParam("caseId") String caseId, @PathParam("number") int number) {
        return PublicCasesResource.photoResponse(cases.findPhoto(caseId, number), "private, no-store");
    }
}
