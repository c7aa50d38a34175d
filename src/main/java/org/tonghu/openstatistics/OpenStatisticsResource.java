package org.tonghu.openstatistics;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.tonghu.graphql.DomainException;
import org.tonghu.graphql.NotFoundException;
import org.tonghu.graphql.Problem;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * {@code GET /open/statistics?region=<12 digits>&period=<2025 or 2025-Q3>}: the open statistics as plain JSON, without
 * sign-in ({@code /open/*} is a public path of {@code application.properties}); the same table as the graph's
 * {@code openStatistics}. A bad request answers 400 (404 for an unknown region) with the catalogued {@code code} and
 * the {@code problems}, as the graph's errors carry them.
 */
@Path("/open/statistics")
public class OpenStatisticsResource {

    /** How long caches may keep an answer: the same as the service's own cache, by default. */
    static final String CACHE_CONTROL = "public, max-age=600";

    private final OpenStatisticsService statistics;

    OpenStatisticsResource(OpenStatisticsService statistics) {
        this.statistics = statistics;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response statistics(@QueryParam("region") String region, @QueryParam("period") String period) {
        try {
            return Response.ok(json(statistics.findOpenStatistics(region, period)).encode())
                    .header("Cache-Control", CACHE_CONTROL).build();
        } catch (DomainException e) {
            JsonObject error = new JsonObject().put("code", e.code()).put("message", e.getMessage());
            JsonArray problems = new JsonArray();
            for (Problem problem : e.problems()) {
                problems.add(new JsonObject().put("field", problem.field()).put("code", problem.code())
                        .put("message", problem.message()));
            }
            if (!problems.isEmpty()) {
                error.put("problems", problems);
            }
            int status = e instanceof NotFoundException ? 404 : 400;
            return Response.status(status).type(MediaType.APPLICATION_JSON).entity(error.encode()).build();
        }
    }

    static JsonObject json(OpenStatistics statistics) {
        JsonArray rows = new JsonArray();
        statistics.rows().forEach(row -> rows.add(json(row)));
        return new JsonObject().put("regionCode", statistics.regionCode()).put("regionName", statistics.regionName())
                .put("period", statistics.period()).put("asOf", statistics.asOf().toString())
                .put("threshold", statistics.threshold()).put("rows", rows).put("total", json(statistics.total()));
    }

    private static JsonObject json(OpenStatisticsRow row) {
        JsonArray byCategory = new JsonArray();
        row.byCategory().forEach(count -> byCategory.add(new JsonObject().put("category", count.category().name())
                .put("children", json(count.children()))));
        return new JsonObject().put("regionCode", row.regionCode()).put("regionName", row.regionName())
                .put("children", json(row.children())).put("byCategory", byCategory);
    }

    private static JsonObject json(OpenCount count) {
        return new JsonObject().put("count", count.count()).put("suppressed", count.suppressed());
    }
}
