package org.tonghu.region;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
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
class RegionImportTest {

    @Nested
    class AsASystemAdministrator {

        private final String token = Tokens.of("admin");

        @Test
        void shouldCreateNewRegionsAndRenameExistingOnes() {
            String csv = """
                    code,name,parent_code
                    140522100000,凤城镇,140522000000
                    140522100201,"东关村, 一组",140522100000
                    140000000000,山西省,
                    140525901000,泽州演示一镇（改名）,140525000000
                    """;
            run(token, "region/importRegions", "csv", csv)
                    .body("errors", nullValue())
                    .body("data.importRegions.rows", equalTo(4))
                    .body("data.importRegions.created", equalTo(2))
                    .body("data.importRegions.renamed", equalTo(1))
                    .body("data.importRegions.unchanged", equalTo(1));
            run(token, "region/region", "code", "140522100201")
                    .body("data.region.name", equalTo("东关村, 一组"))
                    .body("data.region.ancestors.code",
                            contains("140000000000", "140500000000", "140522000000", "140522100000"));
            run(token, "region/region", "code", "140525901000")
                    .body("data.region.name", equalTo("泽州演示一镇（改名）"));
        }

        @Test
        void shouldReportEveryBadRowByLineAndWriteNothing() {
            String csv = "code,name,parent_code\n"
                    + "140581100000,三甲镇,140581000000\n"       // line 2: good, must not be written
                    + "14058110000X,坏代码,140581000000\n"       // line 3: malformed code
                    + "140581101000,,140581000000\n"             // line 4: no name
                    + "140581102000,错父级,140500000000\n"       // line 5: parent is not one level up
                    + "140581103201,无父级村,140581103000\n"     // line 6: parent neither stored nor in file
                    + "140581100000,重复,140581000000\n"         // line 7: duplicate of line 2
                    + "140581104000,控制\u0007字符,140581000000\n" // line 8: control character
                    + "140581105000,两列\n";                    // line 9: two fields
            run(token, "region/importRegions", "csv", csv)
                    .body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
                    .body("errors[0].extensions.problems.line", contains(3, 4, 5, 6, 7, 8, 9))
                    .body("errors[0].extensions.problems.code", contains("INVALID_REGION_CODE", "NAME_REQUIRED",
                            "PARENT_MISMATCH", "PARENT_NOT_FOUND", "DUPLICATE_CODE", "NAME_HAS_CONTROL_CHARACTERS",
                            "WRONG_FIELD_COUNT"));
            run(token, "region/region", "code", "140581100000")
                    .body("errors[0].extensions.code", equalTo("REGION_NOT_FOUND"));
        }

        @Test
        void shouldRefuseAFileWithoutTheHeader() {
            run(token, "region/importRegions", "csv", "140581100000,三甲镇,140581000000\n")
                    .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
                    .body("errors[0].extensions.problems[0].code", equalTo("INVALID_HEADER"))
                    .body("errors[0].extensions.problems[0].line", equalTo(1));
        }

        @Test
        void shouldRefuseAnEmptyFile() {
            run(token, "region/importRegions", "csv", "code,name,parent_code\n")
                    .body("errors[0].extensions.problems[0].code", equalTo("NO_ROWS"));
        }
    }

    @Nested
    class AsAProvinceOfficer {

        @Test
        void shouldRefuseRegionsOutsideTheProvince() {
            String csv = "code,name,parent_code\n410000000000,河南省,\n";
            run(Tokens.of("province.officer"), "region/importRegions", "csv", csv)
                    .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
                    .body("errors[0].extensions.problems.code", contains("OUT_OF_JURISDICTION"));
        }
    }

    @Nested
    class AsAVillageDirector {

        @Test
        void shouldNotBeAllowedToImport() {
            run(Tokens.of("village.director"), "region/importRegions", "csv",
                    "code,name,parent_code\n140000000000,山西省,\n")
                    .body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        }
    }
}
