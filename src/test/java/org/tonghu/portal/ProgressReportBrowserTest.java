package org.tonghu.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tonghu.portal.PortalBrowserTest.signIn;
import static org.tonghu.portal.PortalBrowserTest.waitFor;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tonghu.testing.Chromium;
import org.tonghu.testing.Database;
import org.tonghu.testing.LocalModeTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An annual progress report on a phone, in Chromium, from draft to the province's acceptance: the county starts its
 * report, writes the progress section and submits it; the city opens it among its counties' and accepts it, then
 * starts, writes and submits its own (its counties' figures summed); the province opens the city's report, accepts
 * it, and opens a figure of it as the counties' values it sums. Saves screenshots of the accepted report and the
 * figure.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class ProgressReportBrowserTest {

    /** A year of its own, apart from the demo data's and the other tests'. */
    static final int YEAR = 2018;
    static final String LIST = "/portal/progress-reports?year=" + YEAR;

    @Test
    void shouldWalkACountyReportFromDraftToTheProvincesAcceptance() throws Exception {
        WebDriver browser = Chromium.start(Chromium.PHONE);
        try {
            signIn(browser, "county.officer", LIST);
            startWriteAndSubmit(browser, "全县完成儿童信息核查，走访按时率稳步提高。");
        } finally {
            browser.quit();
        }
        browser = Chromium.start(Chromium.PHONE);
        try {
            signIn(browser, "city.officer", LIST);
            waitFor(browser, By.cssSelector("#below-reports tr[data-region-code='140521000000'] a")).click();
            waitFor(browser, By.id("accept-report")).click();
            awaitStatus(browser, "ACCEPTED");
            browser.get(org.tonghu.testing.PortalBrowser.baseUrl() + LIST);
            startWriteAndSubmit(browser, "全市各县均已报送，数据已汇总。");
            assertEquals(1, browser.findElements(By.cssSelector("#versions li[data-version='1']")).size());
        } finally {
            browser.quit();
        }
        browser = Chromium.start(Chromium.PHONE);
        try {
            signIn(browser, "province.officer", LIST);
            waitFor(browser, By.cssSelector("#below-reports tr[data-region-code='140500000000'] a")).click();
            waitFor(browser, By.id("accept-comments")).sendKeys("同意。");
            browser.findElement(By.id("accept-report")).click();
            awaitStatus(browser, "ACCEPTED");
            ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0);");
            Chromium.screenshot(browser, "phone-progress-report");
            // a figure of the city's report opens its counties' values: of 2018, 沁水's report alone
            WebElement children = browser.findElement(By.cssSelector("#figures tr[data-figure='children.total']"));
            String total = children.getAttribute("data-value");
            children.findElement(By.tagName("a")).click();
            WebElement qinshui = waitFor(browser, By.cssSelector("#by-county tr[data-region-code='140521000000']"));
            assertEquals(total, qinshui.getAttribute("data-value"));
            assertEquals(total, browser.findElement(By.id("by-county-total")).getAttribute("data-count"));
            Chromium.screenshot(browser, "phone-progress-figure-by-county");
        } finally {
            browser.quit();
        }
        assertEquals(2L, Database.count("progress_report where year = " + YEAR + " and status = 'ACCEPTED'"));
        assertEquals(2L, Database.count("progress_report_version v join progress_report r on r.id = v.report_id"
                + " where r.year = " + YEAR + " and v.outcome = 'ACCEPTED'"));
    }

    private static void startWriteAndSubmit(WebDriver browser, String progress) {
        waitFor(browser, By.id("start-report")).click();
        WebElement text = waitFor(browser, By.id("progress"));
        text.sendKeys(progress);
        ((JavascriptExecutor) browser).executeScript(
                "document.getElementById('submit-report').scrollIntoView();");
        browser.findElement(By.id("submit-report")).click();
        awaitStatus(browser, "SUBMITTED");
    }

    private static void awaitStatus(WebDriver browser, String status) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(page -> !page.findElements(
                By.cssSelector("#report-status[data-status='" + status + "']")).isEmpty());
    }
}
