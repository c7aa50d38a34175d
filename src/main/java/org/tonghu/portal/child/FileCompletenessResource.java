package org.tonghu.portal.child;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.tonghu.child.ChildService.OpenFilePage;
import org.tonghu.childfile.FileCompletenessService;
import org.tonghu.childfile.FileCompletenessService.FileListing;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.portal.PortalLocale;
import org.tonghu.portal.PortalResponses;
import org.tonghu.region.RegionService;
import org.tonghu.region.RegionView;
import org.tonghu.regioncode.RegionCode;
import org.tonghu.time.ChinaTime;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The files behind the annual progress report's files figures ({@code org.tonghu.childfile.FileCompletenessService}):
 * complete, incomplete, or missing one part, for a region of the caller's jurisdiction and a year, by village and
 * name, a page at a time. A region outside the jurisdiction, or a year that has not begun, is not found.
 */
@Path("/portal/files")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class FileCompletenessResource {

    static final int FILES_PER_PAGE = 50;

    @CheckedTemplate(basePath = "portal/child")
    static class Templates {
        static native TemplateInstance files(RegionView region, int year, String show, String title,
                OpenFilePage page, int pageNumber, long pages, int previousPage, int nextPage);
    }

    private final FileCompletenessService files;
    private final RegionService regions;

    FileCompletenessResource(FileCompletenessService files, RegionService regions) {
        this.files = files;
        this.regions = regions;
    }

    @GET
    public Response files(@QueryParam("region") String region, @QueryParam("year") int year,
            @QueryParam("show") String show, @QueryParam("page") Integer page, @Context HttpHeaders headers) {
        Locale locale = PortalLocale.of(headers);
        LocalDate today = ChinaTime.today();
        Optional<FileListing> listing = Arrays.stream(FileListing.values())
                .filter(value -> value.name().equals(show)).findFirst();
        Optional<RegionCode> code = RegionCode.parse(region);
        int pageNumber = page == null ? 1 : page;
        if (listing.isEmpty() || code.isEmpty() || year < 2000 || year > today.getYear() || pageNumber < 1) {
            return PortalResponses.notFound(locale);
        }
        LocalDate through = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
        try {
            OpenFilePage found = files.listFiles(code.get().value(), year, through, listing.get(),
                    (pageNumber - 1) * FILES_PER_PAGE, FILES_PER_PAGE);
            long pages = Math.max(1, (found.total() + FILES_PER_PAGE - 1) / FILES_PER_PAGE);
            return Response.ok(Templates.files(regions.findRegion(code.get()).orElseThrow(), year,
                    listing.get().name(), "listing_" + listing.get().name(), found, pageNumber, pages, pageNumber - 1,
                    pageNumber + 1).setLocale(locale)).build();
        } catch (ValidationFailedException e) {
            return PortalResponses.notFound(locale);
        }
    }
}
