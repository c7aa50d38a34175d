package org.tonghu.portal;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.tonghu.graphql.Problem;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** What every portal page answers alike: "not found", and the API's problems placed on a form's fields. */
public final class PortalResponses {

    @CheckedTemplate(basePath = "portal")
    static class Templates {
        static native TemplateInstance notFound();
    }

    private PortalResponses() {
    }

    /** The 404 page, the same for a record that does not exist and one the user may not see. */
    public static Response notFound(Locale locale) {
        return Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.notFound().setLocale(locale)).build();
    }

    /** The API's problems placed on the form's fields; an unmapped field shows at {@code fallback}. */
    public static List<Problem> onForm(List<Problem> problems, Function<String, String> fields, String fallback) {
        return problems.stream().map(problem -> {
            String field = fields.apply(problem.field());
            return new Problem(field == null ? fallback : field, problem.line(), problem.code(), problem.message());
        }).toList();
    }
}
