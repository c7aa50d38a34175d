package org.tonghu.portal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tonghu.spotcheck.SpotCheckItem;
import org.tonghu.testing.Chromium;
import org.tonghu.testing.LocalModeTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A file spot check on a phone-sized headless Chromium: the county officer opens the demo check from the list, sees
 * the results by township and the sample grouped by township, scores a file from its checklist (the data's items
 * already answered) and sees its score.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class SpotCheckBrowserTest {

    @Test
    void shouldScoreADrawnFileOnAPhone() {
        WebDriver browser = Chromium.start(Chromium.PHONE);
        try {
            PortalBrowserTest.signIn(browser, "county.officer", "/portal/spot-checks");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.until(page -> !page.findElements(By.cssSelector(
                    "#spot-checks a[href='/portal/spot-checks/00000000-0000-4000-8000-00000000f5c1']")).isEmpty());
            browser.findElement(By.cssSelector(
                    "#spot-checks a[href='/portal/spot-checks/00000000-0000-4000-8000-00000000f5c1']")).click();
            wait.until(page -> !page.findElements(By.id("results")).isEmpty());
            assertFalse(browser.findElements(By.cssSelector("#results tbody tr[data-region-code]")).isEmpty());
            assertFalse(browser.findElements(By.cssSelector("section[data-township] li[data-file-id]")).isEmpty());
            browser.findElement(By.cssSelector("section[data-township] li[data-file-id] a.button:not(.secondary)"))
                    .click();
            wait.until(page -> !page.findElements(By.id("score-form")).isEmpty());
            for (SpotCheckItem item : SpotCheckItem.values()) {
                if (!item.fromData()) {
                    browser.findElement(By.cssSelector("input[name='item_" + item + "'][value='"
                            + (item != SpotCheckItem.PHOTOS_PRESENT) + "']")).click();
                } else {
                    assertTrue(browser.findElements(By.cssSelector("input[name='item_" + item + "']:checked")).size()
                            == 1, "the data answers " + item);
                }
            }
            Chromium.screenshot(browser, "phone-spot-check");
            browser.findElement(By.cssSelector("#score-form button[type='submit']")).click();
            wait.until(page -> !page.findElements(By.id("file-score")).isEmpty());
            assertTrue(browser.findElement(By.id("file-score")).getText().contains("不合格"));
            assertTrue(browser.findElements(By.id("score-form")).isEmpty());
        } finally {
            browser.quit();
        }
    }
}
