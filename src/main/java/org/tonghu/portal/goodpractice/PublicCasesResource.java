package org.tonghu.portal.goodpractice;

import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.tonghu.goodpractice.GoodPracticeCaseView;
import org.tonghu.goodpractice.GoodPracticeService;
import org.tonghu.goodpractice.GoodPracticeService.PhotoContent;
import org.tonghu.portal.PortalLocale;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The public pages of published good-practice cases, without sign-in ({@code /cases}, in the public paths of
 * {@code application.properties}): the list, one case and its photos. A case not published answers 404 exactly like
 * one that does not exist; what is shown holds no personal data (the service refused it), nor the review or consents.
 */
@Path("/cases")
@Produces(MediaType.TEXT_HTML)
public class PublicCasesResource {

    @CheckedTemplate(basePath = "portal/goodpractice")
    static class Templates {
        static native TemplateInstance publicCases(org.tonghu.goodpractice.GoodPracticeCaseConnection cases);

        static native TemplateInstance publicCase(GoodPracticeCaseView c);

        static native TemplateInstance publicNotFound();
    }

    private final GoodPracticeService cases;

    PublicCasesResource(GoodPracticeService cases) {
        this.cases = cases;
    }

    @GET
    public TemplateInstance list(@QueryParam("after") String after, @Context HttpHeaders headers) {
        return Templates.publicCases(cases.listPublishedCases(20, after)).setLocale(PortalLocale.of(headers));
    }

    @GET
    @Path("{caseId}")
    public Response one(@PathParam("caseId") String caseId, @Context HttpHeaders headers) {
        Optional<GoodPracticeCaseView> c = cases.findPublishedCase(caseId);
        if (c.isEmpty()) {
            return Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_HTML_TYPE)
                    .entity(Templates.publicNotFound().setLocale(PortalLocale.of(headers))).build();
        }
        return Response.ok(Templates.publicCase(c.get()).setLocale(PortalLocale.of(headers))).build();
    }

    @GET
    @Path("{caseId}/photos/{number}")
    @Produces({ "image/jpeg", "image/png", "image/webp" })
    public Response photo(@PathParam("caseId") String caseId, @PathParam("number") int number) {
        return photoResponse(cases.findPublishedPhoto(caseId, number), "public, max-age=300");
    }

    /** A photo's bytes with its type, or 404. */
    static Response photoResponse(Optional<PhotoContent> photo, String cacheControl) {
        return photo.map(p -> Response.ok(p.content(), p.contentType()).header("Cache-Control", cacheControl)
                .header("X-Content-Type-Options", "nosniff").build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).build());
    }
}
