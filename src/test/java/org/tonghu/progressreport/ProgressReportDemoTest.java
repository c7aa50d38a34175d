package org.tonghu.progressreport;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.Tokens;
import org.tonghu.testing.GraphQLClient;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The demo data's progress reports of 2026: one in each state for Jincheng's counties, the city's a draft. */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class ProgressReportDemoTest {

    @Test
    void shouldShowTheCityItsCountiesReportsInEveryState() {
        String path = "data.progressReports.below.find { it.regionCode == '%s' }.";
        GraphQLClient.run(Tokens.of("city.officer"), "progressreport/progressReports", "year", 2026)
                .body("errors", nullValue())
                .body("data.progressReports.own.status", equalTo("DRAFT"))
                .body("data.progressReports.below", hasSize(6))
                .body(path.formatted("140502000000") + "status", equalTo("ACCEPTED"))
                .body(path.formatted("140521000000") + "status", equalTo("SUBMITTED"))
                .body(path.formatted("140522000000") + "status", equalTo("RETURNED"))
                .body(path.formatted("140524000000") + "status", equalTo("DRAFT"))
                .body(path.formatted("140581000000") + "late", equalTo(true))
                .body(path.formatted("140525000000") + "status", nullValue());
        GraphQLClient.run(Tokens.of("county.officer"), "progressreport/progressReport", "id",
                "00000000-0000-4000-8000-00000000d002").body("errors", nullValue())
                .body("data.progressReport.versions", hasSize(1))
                .body("data.progressReport.figures.find { it.key == 'children.total' }.value", greaterThan(0));
    }
}
