package org.tonghu.region;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.tonghu.testing.GraphQLClient.run;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class RegionGraphQLTest {

    @Nested
    class AsAVillageDirector {

        private final String token = Tokens.of("village.director");

        @Test
        void shouldGetJinchengWithItsParentAndAncestors() {
            run(token, "region/region", "code", "140500000000")
                    .body("errors", nullValue())
                    .body("data.region.name", equalTo("晋城市"))
                    .body("data.region.level", equalTo("CITY"))
                    .body("data.region.parent.name", equalTo("山西省"))
                    .body("data.region.ancestors.code", contains("140000000000"));
        }

        @Test
        void shouldListTheRealCountiesOfJincheng() {
            run(token, "region/regions", "parentCode", "140500000000")
                    .body("errors", nullValue())
                    .body("data.regions.edges.node.name", contains("城区", "沁水县", "阳城县", "陵川县", "泽州县", "高平市"))
                    .body("data.regions.edges.node.level", everyItem(equalTo("COUNTY")))
                    .body("data.regions.pageInfo.hasNextPage", equalTo(false));
        }

        @Test
        void shouldPageThroughCountiesWithCursors() {
            String endCursor = run(token, "region/regions", "parentCode", "140500000000", "first", 4)
                    .body("data.regions.edges.node.code",
                            contains("140502000000", "140521000000", "140522000000", "140524000000"))
                    .body("data.regions.pageInfo.hasNextPage", equalTo(true))
                    .extract().path("data.regions.pageInfo.endCursor");
            run(token, "region/regions", "parentCode", "140500000000", "first", 4, "after", endCursor)
                    .body("data.regions.edges.node.code", contains("140525000000", "140581000000"))
                    .body("data.regions.pageInfo.hasNextPage", equalTo(false));
        }

        @Test
        void shouldListTheProvinceAtTheTopWithoutParentCode() {
            run(token, "region/regions")
                    .body("data.regions.edges.node.code", contains("140000000000"));
        }

        @Test
        void shouldResolveChildrenParentsAndAncestorsOfManyRegionsAtOnce() {
            // each county has the demo townships 901 and 902, and the generated 903 and 904: a page of two has more
            run(token, "region/regionsWithChildren", "parentCode", "140500000000", "first", 2)
                    .body("errors", nullValue())
                    .body("data.regions.edges", hasSize(6))
                    .body("data.regions.edges[1].node.code", equalTo("140521000000"))
                    .body("data.regions.edges[1].node.parent.code", equalTo("140500000000"))
                    .body("data.regions.edges[1].node.ancestors.code", contains("140000000000", "140500000000"))
                    .body("data.regions.edges[1].node.children.edges.node.code",
                            contains("140521901000", "140521902000"))
                    .body("data.regions.edges[1].node.children.pageInfo.hasNextPage", equalTo(true))
                    .body("data.regions.edges.node.children.edges", everyItem(hasSize(2)));
        }

        @Test
        void shouldRefuseAPageSizeOutOfRange() {
            for (int first : new int[] { 0, 101, -1 }) {
                run(token, "region/regions", "parentCode", "140500000000", "first", first)
                        .body("data", nullValue())
                        .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
                        .body("errors[0].extensions.problems[0].field", equalTo("first"))
                        .body("errors[0].extensions.problems[0].code", equalTo("FIRST_OUT_OF_RANGE"));
            }
        }

        @Test
        void shouldRefuseACursorThatIsNotOneOfOurs() {
            run(token, "region/regions", "parentCode", "140500000000", "after", "not-a-cursor!")
                    .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
                    .body("errors[0].extensions.problems[0].code", equalTo("INVALID_CURSOR"));
        }

        @Test
        void shouldRefuseAMalformedRegionCode() {
            run(token, "region/region", "code", "14050000000X")
                    .body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
                    .body("errors[0].extensions.problems[0].code", equalTo("INVALID_REGION_CODE"));
        }

        @Test
        void shouldNotFindAnUnknownRegion() {
            run(token, "region/region", "code", "140599000000")
                    .body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("REGION_NOT_FOUND"))
                    .body("errors[0].message", notNullValue());
        }

        @Test
        void shouldNotFindChildrenOfAnUnknownRegion() {
            run(token, "region/regions", "parentCode", "140599000000")
                    .body("errors[0].extensions.code", equalTo("REGION_NOT_FOUND"));
        }
    }
}
