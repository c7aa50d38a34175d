package org.tonghu.portal.child;

import java.util.List;

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
    public record Search(String regionCode, String category, String riskLevel, String schoolStatus, String name) {
    }

    @CheckedTemplate(basePath = "portal/child")
    static class Templates {
        static native TemplateInstance children(Search search, ChildConnection results, List<Problem> problems);
    }

    private final ChildService children;

    ChildSearchResource(ChildService children) {
        this.children = children;
    }

    @GET
    public Response search(@QueryParam("regionCode") String regionCode, @QueryParam("category") String category,
            @QueryParam("riskLevel") String riskLevel, @QueryParam("schoolStatus") String schoolStatus,
            @QueryParam("name") String name, @QueryParam("after") String after, @Context HttpHeaders headers) {
        Search search = new Search(regionCode, category, riskLevel, schoolStatus, name);
        try {
            ChildFilter filter = new ChildFilter(blankToNull(regionCode),
                    FormValues.blank(category) ? null : List.of(FormValues.choice(ChildCategory.class, category,
                            "filter.categories")),
                    FormValues.blank(riskLevel) ? null
                            : FormValues.choice(RiskLevel.class, riskLevel, "filter.riskLevel"),
                    FormValues.blank(schoolStatus) ? null
                            : FormValues.choice(SchoolStatus.class, schoolStatus, "filter.schoolStatus"),
                    null, blankToNull(name));
            ChildConnection results = children.listChildren(filter, 20, FormValues.blank(after) ? null : after);
            return Response.ok(Templates.children(search, results, List.of()).setLocale(PortalLocale.of(headers)))
                    .build();
        } catch (ValidationFailedException e) {
            return Response.status(422).entity(Templates.children(search, null, e.problems())
                    .setLocale(PortalLocale.of(headers))).build();
        }
    }

    private static String blankToNull(String text) {
        return FormValues.blank(text) ? null : text.strip();
    }
}
