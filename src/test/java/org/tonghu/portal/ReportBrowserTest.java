package org.tonghu.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tonghu.portal.PortalBrowserTest.signIn;
import static org.tonghu.portal.PortalBrowserTest.waitFor;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tonghu.testing.Chromium;
import org.tonghu.testing.Database;
import org.tonghu.testing.Fixtures;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.PortalBrowser;
import org.tonghu.testing.TestChildren;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Mandatory reports on a phone, in Chromium: a director files one in two taps and the form, from the home page for a
 * child not registered and from a child's file; the police find it in their queue and their inbox, whose count in the
 * header falls when an alert is marked read; the county links a report about a child not registered to the child's
 * file. Saves screenshots of the form, the queue, the inbox and the child picker.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class ReportBrowserTest {

    @Test
    void shouldLetADirectorReportAChildNotRegisteredFromTheHomePageInTwoTaps() throws Exception {
        long reports = Database.count("protection_report");
        WebDriver browser = Chromium.start(Chromium.PHONE);
        try {
            signIn(browser, "village.director", "/portal");
            WebElement report = waitFor(browser, By.id("report-button"));
            assertTrue(inView(browser, report), "the report button shows without scrolling");
            report.click();

            waitFor(browser, By.id("childName")).sendKeys("小石头");
            browser.findElement(By.id("approximateAge")).sendKeys("8");
            assertEquals("140521901201", new Select(browser.findElement(By.id("regionCode")))
                    .getFirstSelectedOption().getAttribute("value"), "the director's village is suggested");
            browser.findElement(By.id("guardian")).sendKeys("奶奶，姓王");
            new Select(browser.findElement(By.id("category"))).selectByValue("NEGLECT");
            browser.findElement(By.id("observed")).sendKeys("冬天只穿单衣，连续两天没吃饭");
            browser.findElement(By.id("immediateDanger")).click();
            browser.findElement(By.id("actionTaken")).sendKeys("已带到村委会吃饭取暖");
            ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0);");
            Chromium.screenshot(browser, "phone-report-form");
            // an impatient double tap files once
            new Actions(browser).doubleClick(browser.findElement(By.cssSelector("#report-form button[type='submit']")))
                    .perform();

            new WebDriverWait(browser, Duration.ofSeconds(20)).until(page -> page.getCurrentUrl().contains("filed=1"));
            assertTrue(waitFor(browser, By.id("report-filed")).isDisplayed());
            assertEquals("OPEN", browser.findElement(By.id("report-status")).getAttribute("data-status"));
            assertEquals(3, browser.findElements(By.cssSelector("#receipts li[data-receipt-status='OPEN']")).size());
            Chromium.screenshot(browser, "phone-report-filed");
            assertEquals(reports + 1, Database.count("protection_report"));
        } finally {
            browser.quit();
        }
    }

    @Test
    void shouldLetADirectorReportTheChildOfAFileInTwoTaps() throws Exception {
        long reports = Database.count("protection_report");
        WebDriver browser = Chromium.start(Chromium.PHONE);
        try {
            signIn(browser, "village.director", "/portal/children/" + Fixtures.CHILD_QINSHUI_EAST_2);
            WebElement report = waitFor(browser, By.id("report-child"));
            assertTrue(inView(browser, report), "the report button shows without scrolling");
            report.click();

            new Select(waitFor(browser, By.id("category"))).selectByValue("BULLYING");
            assertTrue(browser.findElements(By.id("childName")).isEmpty(), "the file's child, not a description");
            browser.findElement(By.id("observed")).sendKeys("放学路上被几个大孩子围住推搡");
            browser.findElement(By.cssSelector("#report-form button[type='submit']")).click();

            new WebDriverWait(browser, Duration.ofSeconds(20)).until(page -> page.getCurrentUrl().contains("filed=1"));
            assertTrue(waitFor(browser, By.id("report-filed")).isDisplayed());
            assertTrue(browser.findElement(By.cssSelector("a[href='/portal/children/" + Fixtures.CHILD_QINSHUI_EAST_2
                    + "']")).isDisplayed(), "the report names the file's child");
            assertEquals(reports + 1, Database.count("protection_report"));
        } finally {
            browser.quit();
        }
    }

    @Test
    void shouldShowThePoliceTheirQueueAndInboxAndCountDownWhenRead() {
        PortalBrowser director = new PortalBrowser();
        director.signIn("village.director", "/portal");
        ReportPagesTest.idOf(director.submit(ReportPagesTest.NEW, ReportPagesTest.NEW,
                ReportPagesTest.unregistered("小雨", "10", "孩子说晚上常被锁在门外")));
        WebDriver browser = Chromium.start(Chromium.PHONE);
        try {
            signIn(browser, "police.qinshui", "/portal");
            waitFor(browser, By.id("report-queue-link")).click();
            assertTrue(waitFor(browser, By.cssSelector("#overdue-items li.overdue")).isDisplayed(),
                    "the overdue report comes first");
            Chromium.screenshot(browser, "phone-report-queue");

            int unread = unread(browser);
            assertTrue(unread > 0, "reports to acknowledge alert the police");
            browser.findElement(By.id("header-alerts")).click();
            WebElement first = waitFor(browser, By.cssSelector("#inbox-items li[data-read='false']"));
            Chromium.screenshot(browser, "phone-inbox");
            first.findElement(By.cssSelector("form.mark-read button")).click();
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(page -> page.getCurrentUrl().contains("marked=1"));
            assertEquals(unread - 1, unread(browser));
        } finally {
            browser.quit();
        }
    }

    @Test
    void shouldLetTheCountyLinkAReportAboutAChildNotRegisteredToTheChildsFile() {
        TestChildren.TestChild child = TestChildren.register();
        PortalBrowser director = new PortalBrowser();
        director.signIn("village.director", "/portal");
        String reportId = ReportPagesTest.idOf(director.submit(ReportPagesTest.NEW, ReportPagesTest.NEW,
                ReportPagesTest.unregistered(child.name(), "9", "孩子说家里几天没人")));
        WebDriver browser = Chromium.start(Chromium.PHONE);
        try {
            signIn(browser, "county.officer", "/portal/reports/" + reportId);
            WebElement name = waitFor(browser, By.id("childName"));
            assertEquals(child.name(), name.getAttribute("value"), "the reporter's description is searched first");
            browser.findElement(By.cssSelector("#child-search button[type='submit']")).click();
            WebElement choice = waitFor(browser, By.cssSelector("#link-form input[value='" + child.id() + "']"));
            choice.click();
            ((JavascriptExecutor) browser).executeScript("document.getElementById('link-child').scrollIntoView();");
            Chromium.screenshot(browser, "phone-report-link-child");
            browser.findElement(By.cssSelector("#link-form button[type='submit']")).click();

            new WebDriverWait(browser, Duration.ofSeconds(20)).until(page -> page.getCurrentUrl().contains("saved=1"));
            assertTrue(waitFor(browser, By.id("report-linked")).isDisplayed());
            assertTrue(browser.findElement(By.cssSelector("a[href='/portal/children/" + child.id() + "']"))
                    .isDisplayed(), "the report now names the child's file");
            assertTrue(browser.findElements(By.id("link-child")).isEmpty(), "nothing left to link");
        } finally {
            browser.quit();
        }
    }

    private static int unread(WebDriver browser) {
        var badge = browser.findElements(By.cssSelector("#header-alerts [data-unread]"));
        return badge.isEmpty() ? 0 : Integer.parseInt(badge.get(0).getAttribute("data-unread"));
    }

    private static boolean inView(WebDriver browser, WebElement element) {
        return (Boolean) ((JavascriptExecutor) browser).executeScript(
                "var r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;",
                element);
    }
}
