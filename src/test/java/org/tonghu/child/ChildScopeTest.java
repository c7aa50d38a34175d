package org.tonghu.child;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.tonghu.testing.Fixtures.CHILD_QINSHUI_EAST_1;
import static org.tonghu.testing.Fixtures.CHILD_QINSHUI_EAST_2;
import static org.tonghu.testing.Fixtures.CHILD_QINSHUI_OTHER_TOWNSHIP;
import static org.tonghu.testing.Fixtures.CHILD_YANGCHENG_1;
import static org.tonghu.testing.Fixtures.CHILD_YANGCHENG_2;
import static org.tonghu.testing.Fixtures.GUARDIAN_QINSHUI_FATHER;
import static org.tonghu.testing.Fixtures.GUARDIAN_TWO_COUNTIES;
import static org.tonghu.testing.GraphQLClient.run;

import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Who sees which child, for look-ups, lists and nested edges: deny by default, never a leak through an edge. */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class ChildScopeTest {


    @Nested
    class AsTheVillageDirector {

        private final String token = Tokens.of("village.director");

        @Test
        void shouldSeeAChildOfTheVillageWithTheIdNumberMasked() {
            run(token, "child/child", "id", CHILD_QINSHUI_EAST_1)
                    .body("errors", nullValue())
                    .body("data.child.name", equalTo("王小明"))
                    .body("data.child.idNumber", matchesPattern("1405\\*{10}0112"))
                    .body("data.child.residenceVillage.name", equalTo("沁水演示一镇东村"))
                    .body("data.child.riskLevel", equalTo("STANDARD"));
        }

        @Test
        void shouldNotFindChildrenOfOtherVillagesExactlyLikeUnknownOnes() {
            for (String id : new String[] { CHILD_QINSHUI_OTHER_TOWNSHIP, CHILD_YANGCHENG_1,
                    "00000000-0000-4000-8000-00000000ffff" }) {
                run(token, "child/child", "id", id)
                        .body("data", nullValue())
                        .body("errors[0].extensions.code", equalTo("CHILD_NOT_FOUND"))
                        .body("errors[0].message", equalTo("No child with this id."));
            }
        }

        @Test
        void shouldListOnlyTheVillagesChildren() {
            run(token, "child/children", "first", 100)
                    .body("data.children.edges.node.id", hasItems(CHILD_QINSHUI_EAST_1, CHILD_QINSHUI_EAST_2))
                    .body("data.children.edges.node.residenceVillageCode", everyItem(equalTo("140521901201")));
        }

        @Test
        void shouldSeeOnlyTheInScopeGrandchildOfAGuardianOfTwoCounties() {
            run(token, "guardian/guardian", "id", GUARDIAN_TWO_COUNTIES)
                    .body("data.guardian.name", equalTo("张桂兰"))
                    .body("data.guardian.children.id", contains(CHILD_QINSHUI_EAST_1));
        }
    }

    @Nested
    class AsTheQinshuiCountyOfficer {

        private final String token = Tokens.of("county.officer");

        @Test
        void shouldListEveryChildOfTheCountyAndNoOther() {
            run(token, "child/children", "first", 100)
                    .body("data.children.edges.node.id",
                            hasItems(CHILD_QINSHUI_EAST_1, CHILD_QINSHUI_EAST_2, CHILD_QINSHUI_OTHER_TOWNSHIP))
                    .body("data.children.edges.node.id", not(hasItem(CHILD_YANGCHENG_1)))
                    .body("data.children.edges.node.id", not(hasItem(CHILD_YANGCHENG_2)))
                    .body("data.children.edges.node.residenceVillageCode", everyItem(startsWith("140521")));
        }

        @Test
        void shouldFilterByRegionCategoryRiskAndName() {
            run(token, "child/children", "first", 100, "filter", Map.of("regionCode", "140521902000"))
                    .body("data.children.edges.node.id", hasItem(CHILD_QINSHUI_OTHER_TOWNSHIP))
                    .body("data.children.edges.node.residenceVillageCode", everyItem(startsWith("140521902")));
            run(token, "child/children", "first", 100, "filter",
                    Map.of("categories", java.util.List.of("SINGLE_PARENT_FAMILY")))
                    .body("data.children.edges.node.id", hasItem(CHILD_QINSHUI_EAST_2))
                    .body("data.children.edges.node.id", not(hasItem(CHILD_QINSHUI_EAST_1)));
            run(token, "child/children", "first", 100, "filter", Map.of("riskLevel", "HIGH"))
                    .body("data.children.edges.node.id", hasItems(CHILD_QINSHUI_EAST_2, CHILD_QINSHUI_OTHER_TOWNSHIP))
                    .body("data.children.edges.node.riskLevel", everyItem(equalTo("HIGH")));
            run(token, "child/children", "first", 100, "filter", Map.of("nameContains", "小"))
                    .body("data.children.edges.node.id", hasItems(CHILD_QINSHUI_EAST_1, CHILD_QINSHUI_EAST_2))
                    .body("data.children.edges.node.id", not(hasItem(CHILD_QINSHUI_OTHER_TOWNSHIP)));
            run(token, "child/children", "filter", Map.of("nameContains", "%"))
                    .body("data.children.edges", hasSize(0));
        }

        @Test
        void shouldNotWidenTheScopeWithARegionFilterOutsideIt() {
            run(token, "child/children", "filter", Map.of("regionCode", "140522000000"))
                    .body("data.children.edges", hasSize(0));
        }

        @Test
        void shouldPageWithCursorsThroughExactlyTheWholeList() {
            java.util.List<String> all = run(token, "child/children", "first", 100)
                    .extract().path("data.children.edges.node.id");
            java.util.List<String> paged = new java.util.ArrayList<>();
            String cursor = null;
            boolean more = true;
            while (more) {
                var page = run(token, "child/children", "first", 2, "after", cursor).extract();
                paged.addAll(page.path("data.children.edges.node.id"));
                java.util.List<String> cursors = page.path("data.children.edges.cursor");
                // Relay's page info: the first and last edge's cursors, and whether the page came after a cursor
                org.junit.jupiter.api.Assertions.assertEquals(cursors.get(0),
                        page.path("data.children.pageInfo.startCursor"));
                org.junit.jupiter.api.Assertions.assertEquals(cursors.get(cursors.size() - 1),
                        page.path("data.children.pageInfo.endCursor"));
                org.junit.jupiter.api.Assertions.assertEquals(cursor != null,
                        page.<Boolean>path("data.children.pageInfo.hasPreviousPage"));
                more = page.path("data.children.pageInfo.hasNextPage");
                cursor = page.path("data.children.pageInfo.endCursor");
            }
            org.junit.jupiter.api.Assertions.assertEquals(all, paged);
        }
    }

    @Nested
    class AsTheYangchengCountyOfficer {

        private final String token = Tokens.of("county.officer.yangcheng");

        @Test
        void shouldNotSeeQinshuiChildren() {
            run(token, "child/child", "id", CHILD_QINSHUI_EAST_1)
                    .body("errors[0].extensions.code", equalTo("CHILD_NOT_FOUND"));
            run(token, "child/children", "first", 100)
                    .body("data.children.edges.node.id", hasItems(CHILD_YANGCHENG_1, CHILD_YANGCHENG_2))
                    .body("data.children.edges.node.residenceVillageCode", everyItem(startsWith("140522")));
        }

        @Test
        void shouldSeeOnlyYangchengGrandchildThroughTheSharedGuardian() {
            run(token, "guardian/guardian", "id", GUARDIAN_TWO_COUNTIES)
                    .body("data.guardian.children.id", contains(CHILD_YANGCHENG_1));
        }

        @Test
        void shouldListOnlyGuardiansOfTheCountyOrOfItsChildren() {
            run(token, "guardian/guardians")
                    .body("data.guardians.edges.node.id", hasItem(GUARDIAN_TWO_COUNTIES))
                    .body("data.guardians.edges.node.id", not(hasItem(GUARDIAN_QINSHUI_FATHER)));
        }

        @Test
        void shouldNotFindAGuardianOnlyLinkedToQinshuiChildren() {
            run(token, "guardian/guardian", "id", GUARDIAN_QINSHUI_FATHER)
                    .body("errors[0].extensions.code", equalTo("GUARDIAN_NOT_FOUND"));
        }
    }

    @Nested
    class AsWomensFederationStaff {

        private final String token = Tokens.of("womens.federation");

        @Test
        void shouldSeeOnlyChildrenOfAnActiveRelationshipWithPartnerFields() {
            // other tests pair the Women's Federation with children they register; of the fixtures, only 孙丽
            run(token, "child/children", "first", 100)
                    .body("data.children.edges.node.id", hasItem(CHILD_YANGCHENG_2))
                    .body("data.children.edges.node.id", not(hasItem(CHILD_YANGCHENG_1)))
                    .body("data.children.edges.node.id", not(hasItem(CHILD_QINSHUI_EAST_1)));
            run(token, "child/child", "id", CHILD_YANGCHENG_2)
                    .body("data.child.name", equalTo("孙丽"))
                    .body("data.child.idNumber", nullValue())
                    .body("data.child.householdRegionCode", nullValue())
                    .body("data.child.riskFactors", nullValue())
                    .body("data.child.school.status", notNullValue());
            run(token, "child/child", "id", CHILD_YANGCHENG_1)
                    .body("errors[0].extensions.code", equalTo("CHILD_NOT_FOUND"));
        }
    }

    @Nested
    class AsYouthLeagueStaff {

        @Test
        void shouldNotSeeAChildWhoseRelationshipHasEnded() {
            String token = Tokens.of("youth.league");
            run(token, "child/child", "id", CHILD_YANGCHENG_1)
                    .body("errors[0].extensions.code", equalTo("CHILD_NOT_FOUND"));
            // other tests record attendance at Youth League events for children they register; never this child
            run(token, "child/children", "first", 100)
                    .body("data.children.edges.node.id", not(hasItem(CHILD_YANGCHENG_1)));
        }
    }

    @Nested
    class AsAThirdPartyAppWithoutRelationships {

        @Test
        void shouldSeeNoChildren() {
            run(Tokens.partnerApp(), "child/children").body("data.children.edges", hasSize(0));
        }
    }

    @Nested
    class AsRolesWithoutChildrensData {

        @Test
        void shouldRefuseTheAuditorAndTheSystemAdministrator() {
            for (String user : new String[] { "auditor", "admin" }) {
                run(Tokens.of(user), "child/children")
                        .body("data", nullValue())
                        .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
                run(Tokens.of(user), "child/child", "id", CHILD_QINSHUI_EAST_1)
                        .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
            }
        }
    }

}
