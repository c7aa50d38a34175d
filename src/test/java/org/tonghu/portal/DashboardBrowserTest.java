package org.tonghu.portal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tonghu.testing.Chromium;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.PortalBrowser;
import org.tonghu.time.ChinaTime;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The dashboard in a phone-sized headless Chromium: a county officer chooses the year, sees the charts and drills
 * down from the county to a township (its villages' rows, the trail back up), then opens the list behind a figure.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class DashboardBrowserTest {

    @Test
    void shouldChooseAPeriodAndDrillDownFromTheCountyToATownshipOnAPhone() {
        WebDriver browser = Chromium.start(Chromium.PHONE);
        try {
            PortalBrowserTest.signIn(browser, "county.officer", "/portal/dashboard");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.until(page -> !page.findElements(By.cssSelector("#compliance-chart canvas")).isEmpty());
            assertFalse(browser.findElements(By.cssSelector("#trend-chart canvas")).isEmpty(), "the trend's chart");
            String year = String.valueOf(ChinaTime.today().getYear());
            new Select(browser.findElement(By.id("period"))).selectByValue(year);
            browser.findElement(By.cssSelector("#period-form button[type='submit']")).click();
            wait.until(page -> page.getCurrentUrl().contains("period=" + year));
            wait.until(page -> !page.findElements(By.cssSelector("#compliance-chart canvas")).isEmpty());

            WebElement township = browser.findElement(By.cssSelector("#compliance-table tbody tr th a"));
            String name = township.getText();
            township.click();
            wait.until(page -> page.getCurrentUrl().contains("region=140521"));
            wait.until(page -> !page.findElements(By.id("dashboard-trail")).isEmpty());
            assertTrue(browser.findElement(By.id("dashboard-region")).getText().contains(name), name);
            assertTrue(browser.findElement(By.id("dashboard-trail")).getText().contains("沁水"));
            assertTrue(browser.findElement(By.cssSelector("#period option[selected]")).getAttribute("value")
                    .equals(year), "the period stays chosen one level down");
            assertFalse(browser.findElements(By.cssSelector("#compliance-table tbody tr[data-region-code]")).isEmpty());
            Chromium.screenshot(browser, "phone-dashboard-drilldown");

            WebElement figure = browser.findElement(By.cssSelector("#category-table a[data-figure]"));
            String count = figure.getText();
            figure.click();
            wait.until(page -> page.getCurrentUrl().startsWith(PortalBrowser.baseUrl() + "/portal/children"));
            assertTrue(browser.findElements(By.cssSelector("#results li.card")).size() == Math.min(20,
                    Integer.parseInt(count.replace(",", ""))), "the list behind " + count);
        } finally {
            browser.quit();
        }
    }
}
