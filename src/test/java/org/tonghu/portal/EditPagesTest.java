package org.tonghu.portal;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tonghu.testing.GraphQLClient.run;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.tonghu.testing.Database;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.PortalBrowser;
import org.tonghu.testing.TestChildren;
import org.tonghu.testing.TestChildren.TestChild;
import org.tonghu.testing.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Editing a child's basic information and a guardian in the portal: the same rules as the API, errors next to the
 * fields with what was typed, the stored ID number kept unless a new one is typed, and a stale edit shown as a
 * conflict that overwrites nothing.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class EditPagesTest {

    @Test
    void shouldEditAChildsBasicInformationKeepingTheIdNumber() throws Exception {
        TestChild child = TestChildren.register();
        String path = "/portal/children/" + child.id() + "/edit";
        PortalBrowser county = new PortalBrowser();
        HttpResponse<String> form = county.signIn("county.officer", path);
        assertEquals(200, form.statusCode());
        assertThat(form.body(), not(containsString(child.idNumber())));

        Map<String, String> fields = fields(county, path);
        fields.put("name", child.name() + "改");
        fields.put("schoolStatus", "DROPPED_OUT");
        fields.remove("categories");
        HttpResponse<String> noCategory = county.submit(path, path, fields);
        assertEquals(422, noCategory.statusCode());
        assertThat(noCategory.body(), containsString("id=\"categories-error\""));
        assertThat(noCategory.body(), containsString("value=\"" + child.name() + "改\""));
        assertEquals(child.name(), stored(child.id(), "name"));

        fields = fields(county, path);
        fields.put("name", child.name() + "改");
        fields.put("schoolStatus", "DROPPED_OUT");
        HttpResponse<String> saved = county.submit(path, path, fields);
        assertEquals(200, saved.statusCode());
        assertEquals("/portal/children/" + child.id(), saved.uri().getPath());
        assertEquals(child.name() + "改", stored(child.id(), "name"));
        assertEquals("DROPPED_OUT", stored(child.id(), "school_status"));
        assertEquals(child.idNumber(), stored(child.id(), "id_number"), "a blank ID number field keeps the number");
    }

    @Test
    void shouldShowAStaleChildEditAsAConflictAndOverwriteNothing() throws Exception {
        TestChild child = TestChildren.register();
        String path = "/portal/children/" + child.id() + "/edit";
        PortalBrowser county = new PortalBrowser();
        county.signIn("county.officer", path);
        Map<String, String> stale = fields(county, path);
        stale.put("schoolName", "门户里填的学校");

        run(Tokens.of("county.officer"), "child/updateChild", "id", child.id(), "expectedVersion",
                Integer.parseInt(stale.get("version")), "input", Map.of("name", "接口改的名字", "gender", "FEMALE",
                        "birthDate", "2014-07-09", "idNumber", child.idNumber(), "residenceVillageCode", "140521901202",
                        "categories", List.of("LEFT_BEHIND"), "riskFactors", List.of(), "schoolStatus", "IN_SCHOOL"))
                .body("errors", nullValue());
        HttpResponse<String> conflict = county.submit(path, path, stale);
        assertEquals(409, conflict.statusCode());
        assertThat(conflict.body(), containsString("id=\"conflict\""));
        assertThat(conflict.body(), containsString("接口改的名字"));
        assertThat(conflict.body(), containsString("value=\"门户里填的学校\""));
        assertEquals("接口改的名字", stored(child.id(), "name"));
        assertEquals(null, stored(child.id(), "school_name"));
    }

    @Test
    void shouldNotLetAPartnerOrAnotherCountyEditAChild() {
        TestChild child = TestChildren.register();
        String path = "/portal/children/" + child.id() + "/edit";
        assertEquals(404, new PortalBrowser().signIn("womens.federation", path).statusCode());
        assertEquals(404, new PortalBrowser().signIn("county.officer.yangcheng", path).statusCode());
    }

    @Test
    void shouldEditAGuardianAndRefuseABadPhone() throws Exception {
        TestChild child = TestChildren.register();
        String guardian = run(Tokens.of("county.officer"), "guardian/createGuardian", "input", Map.of("name",
                "测试监护人" + TestChildren.nextNumber(), "worksAway", false, "capacity", "ABLE", "regionCode",
                "140521901202")).body("errors", nullValue()).extract().path("data.createGuardian.id");
        run(Tokens.of("county.officer"), "guardian/linkGuardian", "childId", child.id(), "guardianId", guardian,
                "relationship", "MOTHER").body("errors", nullValue());
        PortalBrowser county = new PortalBrowser();
        String filePath = "/portal/children/" + child.id();
        assertThat(county.signIn("county.officer", filePath).body(),
                containsString("/portal/guardians/" + guardian + "?child=" + child.id()));
        String path = "/portal/guardians/" + guardian + "?child=" + child.id();

        Map<String, String> fields = fields(county, path);
        fields.put("phone", "12345");
        fields.put("workplace", "浙江宁波");
        HttpResponse<String> badPhone = county.submit(path, path, fields);
        assertEquals(422, badPhone.statusCode());
        assertThat(badPhone.body(), containsString("id=\"phone-error\""));
        assertThat(badPhone.body(), containsString("value=\"浙江宁波\""));

        fields = fields(county, path);
        fields.put("phone", "13800001234");
        fields.put("workplace", "浙江宁波");
        fields.put("worksAway", "true");
        HttpResponse<String> saved = county.submit(path, path, fields);
        assertEquals(200, saved.statusCode());
        assertEquals(filePath, saved.uri().getPath());
        assertThat(saved.body(), containsString("13800001234"));
        assertThat(saved.body(), containsString("浙江宁波"));
    }

    /** The form's current fields as its page shows them (text inputs, checked boxes, selected options). */
    static Map<String, String> fields(PortalBrowser browser, String path) {
        String page = browser.get(PortalBrowser.baseUrl() + path).body();
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher inputs = Pattern.compile("<input ([^>]*)>").matcher(page);
        while (inputs.find()) {
            String input = inputs.group(1);
            String name = attribute(input, "name");
            String type = attribute(input, "type");
            if (name == null || name.equals("csrf-token")) {
                continue;
            }
            if (("checkbox".equals(type) || "radio".equals(type)) && !input.contains("checked")) {
                continue;
            }
            fields.merge(name, attribute(input, "value") == null ? "" : attribute(input, "value"),
                    (first, second) -> first);
        }
        Matcher selects = Pattern.compile("<select [^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL)
                .matcher(page);
        while (selects.find()) {
            Matcher selected = Pattern.compile("<option value=\"([^\"]*)\" selected").matcher(selects.group(2));
            if (selected.find()) {
                fields.put(selects.group(1), selected.group(1));
            }
        }
        Matcher areas = Pattern.compile("<textarea [^>]*name=\"([^\"]+)\"[^>]*>(.*?)</textarea>", Pattern.DOTALL)
                .matcher(page);
        while (areas.find()) {
            fields.put(areas.group(1), areas.group(2));
        }
        assertTrue(fields.containsKey("version"), "the page has the edit form");
        return fields;
    }

    private static String attribute(String tag, String name) {
        Matcher value = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(tag);
        return value.find() ? value.group(1) : null;
    }

    private static String stored(String childId, String column) throws Exception {
        try (Connection connection = Database.asSuperuser(); PreparedStatement statement = connection.prepareStatement(
                "select " + column + " from child where id = ?::uuid")) {
            statement.setString(1, childId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }
}
