package org.tonghu.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.tonghu.testing.Accessibility;
import org.tonghu.testing.Chromium;
import org.tonghu.testing.Fixtures;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.PortalBrowser;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every main page of the portal, for each kind of user, checked in headless Chromium with axe-core against WCAG 2.1
 * AA (contrast, labels, names, language, landmarks), on a phone; and the pages can be worked with the keyboard alone.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class AccessibilityBrowserTest {

    static final Map<String, List<String>> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("village.director", List.of("/portal", "/portal/children/" + Fixtures.CHILD_QINSHUI_EAST_1,
                "/portal/children/" + Fixtures.CHILD_QINSHUI_EAST_1 + "/visits/new", "/portal/referrals",
                "/portal/reports/new", "/portal/reports/new?child=" + Fixtures.CHILD_QINSHUI_EAST_1, "/portal/reports",
                "/portal/notifications"));
        PAGES.put("county.officer", List.of("/portal/dashboard", "/portal/children?riskLevel=HIGH",
                "/portal/children/" + Fixtures.CHILD_QINSHUI_OTHER_TOWNSHIP + "/referrals/new",
                "/portal/children/" + Fixtures.CHILD_QINSHUI_OTHER_TOWNSHIP + "/edit",
                "/portal/children/" + Fixtures.CHILD_QINSHUI_OTHER_TOWNSHIP + "/case-actions/new",
                "/portal/guardians/" + Fixtures.GUARDIAN_QINSHUI_FATHER));
        PAGES.put("youth.league", List.of("/portal/activities", "/portal/activities/new",
                "/portal/activities/00000000-0000-4000-8000-00000000a001"));
        PAGES.put("disabled.federation", List.of("/portal/rehabilitation", "/portal/rehabilitation/new",
                "/portal/referrals/00000000-0000-4000-8000-000000008001",
                "/portal/rehabilitation/00000000-0000-4000-8000-000000009005"));
        PAGES.put("police.qinshui", List.of("/portal/reports/queue", "/portal/notifications",
                "/portal/reports/00000000-0000-4000-8000-00000000b004"));
        PAGES.put("womens.federation", List.of("/portal", "/portal/pairings", "/portal/pairings/new",
                "/portal/reports", "/portal/reports/00000000-0000-4000-8000-00000000b003"));
    }

    @Test
    void shouldMeetWcagAaOnEveryMainPage() {
        List<String> found = new ArrayList<>();
        PAGES.forEach((user, paths) -> {
            WebDriver browser = Chromium.start(Chromium.PHONE);
            try {
                PortalBrowserTest.signIn(browser, user, paths.get(0));
                for (String path : paths) {
                    browser.get(PortalBrowser.baseUrl() + path);
                    Accessibility.violations(browser).forEach(violation -> found.add(user + " " + path + ": "
                            + violation));
                }
            } finally {
                browser.quit();
            }
        });
        assertEquals(List.of(), found);
    }

    /** The check itself: a pale text and an unlabelled field put into a page are found. */
    @Test
    void shouldFindAContrastAndALabelProblemWhenThereIsOne() {
        WebDriver browser = Chromium.start(Chromium.PHONE);
        try {
            PortalBrowserTest.signIn(browser, "village.director", "/portal");
            // styles set through the DOM: the page's CSP ignores inline style attributes
            ((JavascriptExecutor) browser).executeScript("""
                    var pale = document.createElement('p');
                    pale.textContent = '浅色文字';
                    pale.style.color = '#bbb';
                    var field = document.createElement('input');
                    document.querySelector('main').append(pale, field);
                    """);
            List<String> violations = Accessibility.violations(browser);
            assertTrue(violations.stream().anyMatch(v -> v.startsWith("color-contrast")), violations.toString());
            assertTrue(violations.stream().anyMatch(v -> v.startsWith("label")), violations.toString());
        } finally {
            browser.quit();
        }
    }

    @Test
    void shouldReachTheMainContentAndTheFirstActionByKeyboard() {
        WebDriver browser = Chromium.start(Chromium.PHONE);
        try {
            PortalBrowserTest.signIn(browser, "village.director", "/portal");
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
            assertEquals("skip-link", browser.switchTo().activeElement().getAttribute("class"),
                    "the first Tab reaches the skip link");
            browser.switchTo().activeElement().sendKeys(Keys.ENTER);
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
            assertEquals("main", browser.switchTo().activeElement().findElement(
                    org.openqa.selenium.By.xpath("ancestor::main")).getTagName(),
                    "after the skip link, Tab moves within the main content");
        } finally {
            browser.quit();
        }
    }
}
