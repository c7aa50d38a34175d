package org.tonghu.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each of the portal's message bundles has an English text for every Chinese one, and stays under the 300 messages a
 * Quarkus 3.33 bundle can hold (beyond that its generated class fails to load).
 */
class PortalBundlesTest {

    @ParameterizedTest
    @CsvSource({ "org.tonghu.portal.PortalMessages, msg", "org.tonghu.portal.PortalTerms, term",
            "org.tonghu.portal.PortalErrors, err", "org.tonghu.portal.PortalReports, rpt",
            "org.tonghu.portal.placement.PlacementMessages, plc", "org.tonghu.portal.FollowUpMessages, fu",
            "org.tonghu.portal.DashboardMessages, dash",
            "org.tonghu.portal.goodpractice.GoodPracticeMessages, gp",
            "org.tonghu.portal.progressreport.ProgressReportMessages, prg",
            "org.tonghu.portal.spotcheck.SpotCheckMessages, spc",
            "org.tonghu.portal.child.FileCompletenessMessages, files",
            "org.tonghu.portal.datasharing.DataSharingMessages, dsa",
            "org.tonghu.portal.FigureListMessages, fig" })
    void shouldTranslateEveryMessageAndStayUnderTheBundleLimit(String bundle, String name) throws Exception {
        Set<String> keys = Arrays.stream(Class.forName(bundle).getDeclaredMethods()).map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> english = english(name);
        Set<String> untranslated = new TreeSet<>(keys);
        untranslated.removeAll(english);
        Set<String> unknown = new TreeSet<>(english);
        unknown.removeAll(keys);
        assertEquals(Set.of(), untranslated, "messages without English");
        assertEquals(Set.of(), unknown, "English for messages that do not exist");
        assertTrue(keys.size() < 300, bundle + " has " + keys.size() + " messages; split it");
    }

    private static Set<String> english(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PortalBundlesTest.class.getResourceAsStream("/messages/" + name + "_en.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames();
    }
}
