package org.tonghu.portal.child;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.tonghu.child.ChildCategory;
import org.tonghu.child.ChildConnection;
import org.tonghu.child.ChildFilter;
import org.tonghu.child.ChildService;
import org.tonghu.child.RiskLevel;
import org.tonghu.child.SchoolStatus;
import org.tonghu.graphql.Problem;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.portal.FormValues;
import org.tonghu.portal.PortalLocale;
import org.tonghu.portal.PortalResponses;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * Searching the children in the caller's scope: by region, category, risk, school status and name, a page at a time
 * (keyset cursors, as in the API). A GET form, so a search can be bookmarked; nothing personal goes in the URL but
 * what the user typed.
 */
@Path("/portal/children")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ChildSearchResource {

    /** The search as typed, shown again above the results. */
    public record Search(String regionCode, String category, String riskLevel, String schoolStatus, String name,
            Integer registeredIn, Integer closedIn) {
    }

    @CheckedTemplate(basePath = "portal/child")
    static class Templates {
        static native TemplateInstance children(Search search, ChildConnection results, Long total,
                List<Problem> problems);
    }

    private static final Set<String> NOT_FOUND_FIELDS = Set.of("regionCode", "registeredIn", "closedIn");

    private final ChildService children;

    ChildSearchResource(ChildService children) {
        this.children = children;
    }

    /**
     * The search; {@code registeredIn} or {@code closedIn} (a year) make it the list behind a figure of the annual
     * progress report: the children registered, or whose file was closed, that year under the region (any status),
     * which must lie in the caller's jurisdiction (else 404).
     */
    @GET
    public Response search(@QueryParam("regionCode") String regionCode, @QueryParam("category") String category,
            @QueryParam("riskLevel") String riskLevel, @QueryParam("schoolStatus") String schoolStatus,
            @QueryParam("name") String name, @QueryParam("registeredIn") String registeredIn,
            @QueryParam("closedIn") String closedIn, @QueryParam("after") String after,
            @Context HttpHeaders headers) {
        Locale locale = PortalLocale.of(headers);
        Search search = new Search(regionCode, category, riskLevel, schoolStatus, name, year(registeredIn),
                year(closedIn));
        try {
            ChildFilter filter = new ChildFilter(blankToNull(regionCode),
                    FormValues.blank(category) ? null : List.of(FormValues.choice(ChildCategory.class, category,
                            "filter.categories")),
                    FormValues.blank(riskLevel) ? null
                            : FormValues.choice(RiskLevel.class, riskLevel, "filter.riskLevel"),
                    FormValues.blank(schoolStatus) ? null
                            : FormValues.choice(SchoolStatus.class, schoolStatus, "filter.schoolStatus"),
                    null, blankToNull(name));
            ChildService.CountedChildren results = children.listChildrenCounted(filter, search.registeredIn(),
                    search.closedIn(), 20, FormValues.blank(after) ? null : after);
            return Response.ok(Templates.children(search, results.page(), results.total(), List.of())
                    .setLocale(locale)).build();
        } catch (ValidationFailedException e) {
            // a region outside the jurisdiction, or a year that is none: no such list
            if (e.problems().stream().anyMatch(p -> NOT_FOUND_FIELDS.contains(p.field()))) {
                return PortalResponses.notFound(locale);
            }
            return Response.status(422).entity(Templates.children(search, null, null, e.problems())
                    .setLocale(locale)).build();
        }
    }

    /** A year parameter: null when absent, 0 (which the service refuses) when it is not a year. */
    private static Integer year(String text) {
        if (FormValues.blank(text)) {
            return null;
        }
        return text.strip().matches("\\d{4}") ? Integer.parseInt(text.strip()) : 0;
    }

    private static String blankToNull(String text) {
        return FormValues.blank(text) ? null : text.strip();
    }
}
