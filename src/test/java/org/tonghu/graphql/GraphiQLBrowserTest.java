package org.tonghu.graphql;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tonghu.testing.Chromium;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.PortalBrowser;
import org.tonghu.testing.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Local mode's GraphiQL (served from the jar, no CDN, under the service's content security policy) runs a query with
 * a developer's token in headless Chromium and shows the answer.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class GraphiQLBrowserTest {

    @Test
    void shouldRunAQueryWithADevelopersToken() {
        String headers = "{\"Authorization\": \"Bearer " + Tokens.of("county.officer") + "\"}";
        String url = PortalBrowser.baseUrl() + "/q/graphql-ui/?query=" + encode("{ me { username } }")
                + "&headers=" + encode(headers);
        WebDriver browser = Chromium.start(Chromium.DESKTOP);
        try {
            browser.get(url);
            try {
                new WebDriverWait(browser, Duration.ofSeconds(30))
                        .until(page -> !page.findElements(By.cssSelector(".graphiql-execute-button")).isEmpty());
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError("GraphiQL did not start: " + browser.getPageSource(), e);
            }
            browser.findElement(By.cssSelector(".graphiql-execute-button")).click();
            try {
                new WebDriverWait(browser, Duration.ofSeconds(30)).until(page -> page
                        .findElements(By.cssSelector(".result-window")).stream()
                        .anyMatch(result -> result.getText().contains("\"county.officer\"")));
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError("No answer shown: " + browser.findElement(By.tagName("body")).getText(), e);
            }
            assertTrue(browser.findElement(By.cssSelector(".result-window")).getText().contains("\"username\""));
            Chromium.screenshot(browser, "graphiql-local-mode");
        } finally {
            browser.quit();
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
