package org.tonghu.region;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.tonghu.regioncode.RegionCode;
import org.tonghu.regioncode.RegionLevel;
import org.tonghu.testing.LocalModeTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The whole lists of regions that reports are made of: one level down, and every region of a level under one. */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class RegionListsTest {

    @Inject
    RegionService regions;

    @Test
    void shouldListEverySubregionInCodeOrder() {
        List<RegionView> counties = regions.listSubregions(new RegionCode("140500000000"));
        List<String> codes = counties.stream().map(RegionView::code).toList();
        assertThat(codes, hasItems("140521000000", "140522000000"));
        assertEquals(codes.stream().sorted().toList(), codes);
        assertThat(counties.stream().map(RegionView::parentCode).toList(), everyItem(startsWith("140500000000")));
    }

    @Test
    void shouldListEveryRegionOfALevelUnderARegion() {
        List<String> counties = regions.listRegionsUnder(new RegionCode("140500000000"), RegionLevel.COUNTY).stream()
                .map(RegionView::code).toList();
        assertThat(counties, hasItems("140521000000", "140522000000"));
        assertThat(counties, not(hasItems("140500000000")));
        counties.forEach(code -> assertEquals(RegionLevel.COUNTY, new RegionCode(code).level(), code));
        List<String> villages = regions.listRegionsUnder(new RegionCode("140521901000"), RegionLevel.VILLAGE).stream()
                .map(RegionView::code).toList();
        assertThat(villages, hasItems("140521901201"));
        villages.forEach(code -> assertEquals(RegionLevel.VILLAGE, new RegionCode(code).level(), code));
        assertThat(villages, everyItem(startsWith("140521901")));
    }
}
