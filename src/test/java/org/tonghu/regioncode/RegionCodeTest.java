package org.tonghu.regioncode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RegionCodeTest {

    @ParameterizedTest
    @CsvSource({
            "140000000000, PROVINCE, 14",
            "140500000000, CITY, 1405",
            "140521000000, COUNTY, 140521",
            "140521100000, TOWNSHIP, 140521100",
            "140521100201, VILLAGE, 140521100201" })
    void shouldDeriveLevelAndScopePrefixFromTheCode(String code, RegionLevel level, String prefix) {
        RegionCode regionCode = RegionCode.parse(code).orElseThrow();
        assertEquals(level, regionCode.level());
        assertEquals(prefix, regionCode.scopePrefix());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "14", "1405210000000", "14052100000a", "000000000000", "140000000201", "140500100000",
            "14052110020１" })
    void shouldRejectMalformedCodes(String code) {
        assertEquals(Optional.empty(), RegionCode.parse(code));
    }

    @Test
    void shouldListAncestorsFromTheProvinceDown() {
        RegionCode village = new RegionCode("140521100201");
        assertEquals(List.of(new RegionCode("140000000000"), new RegionCode("140500000000"),
                new RegionCode("140521000000"), new RegionCode("140521100000")), village.ancestors());
        assertEquals(Optional.of(new RegionCode("140521100000")), village.parent());
        assertEquals(Optional.empty(), new RegionCode("140000000000").parent());
    }

    @Test
    void shouldContainOnlyRegionsUnderIt() {
        RegionCode county = new RegionCode("140521000000");
        assertTrue(county.contains(new RegionCode("140521100201")));
        assertTrue(county.contains(county));
        assertFalse(county.contains(new RegionCode("140522100201")));
        assertFalse(county.contains(new RegionCode("140500000000")));
    }
}
