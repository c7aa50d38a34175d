package org.tonghu.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tonghu.testing.GraphQLClient.run;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tonghu.testing.Chromium;
import org.tonghu.testing.Database;
import org.tonghu.testing.Fixtures;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.PortalBrowser;
import org.tonghu.testing.TestChildren;
import org.tonghu.testing.TestChildren.TestChild;
import org.tonghu.testing.Tokens;
import org.tonghu.time.ChinaTime;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The portal in a real browser (headless Chromium): a director on a phone works through the work list, records a
 * visit, meets the form's errors; a forged post and another county's user are refused. Saves screenshots.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class PortalBrowserTest {

    /** 王小红: high-risk, in the director's village, with no visit in the fixtures, so overdue. */
    static final String OVERDUE_CHILD = Fixtures.CHILD_QINSHUI_EAST_2;

    static void signIn(WebDriver browser, String username, String path) {
        browser.get(PortalBrowser.baseUrl() + path);
        try {
            new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(page -> !page.findElements(By.cssSelector("button[value='" + username + "']")).isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("No sign-in page at " + browser.getCurrentUrl() + ": "
                    + browser.getPageSource().substring(0, Math.min(2000, browser.getPageSource().length())), e);
        }
        browser.findElement(By.cssSelector("button[value='" + username + "']")).click();
        try {
            new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(page -> page.getCurrentUrl().startsWith(PortalBrowser.baseUrl() + "/portal"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Not back in the portal: " + browser.getCurrentUrl() + ": "
                    + browser.getPageSource().substring(0, Math.min(2000, browser.getPageSource().length())), e);
        }
    }

    static WebElement workListCard(WebDriver browser, String childId) {
        return browser.findElement(By.cssSelector("#work-list-items li[data-child-id='" + childId + "']"));
    }

    @Test
    void shouldLetADirectorOnAPhoneRecordAVisitForAnOverdueChild() throws Exception {
        WebDriver browser = Chromium.start(Chromium.PHONE);
        try {
            signIn(browser, "village.director", "/portal");
            assertTrue(workListCard(browser, OVERDUE_CHILD).getAttribute("class").contains("urgency-OVERDUE"));
            assertTrue(browser.getPageSource().contains("走访工作清单"));
            Chromium.screenshot(browser, "phone-director-work-list");

            workListCard(browser, OVERDUE_CHILD).findElement(By.linkText("记录走访")).click();
            assertTrue(browser.findElement(By.cssSelector("input[name='kind'][value='HOME_VISIT']")).isSelected(),
                    "a home visit is overdue, so the form suggests one");
            long visits = visitsOf(OVERDUE_CHILD);

            // a date after today: the field shows the error in Chinese, what was typed stays, nothing is saved
            setValue(browser, "visitedOn", LocalDate.now(ChinaTime.ZONE).plusDays(2).toString());
            browser.findElement(By.id("notes")).sendKeys("和奶奶聊了学习情况");
            browser.findElement(By.cssSelector("form.form button[type='submit']")).click();
            WebElement error = waitFor(browser, By.id("visitedOn-error"));
            assertTrue(error.getText().contains("日期不能晚于今天"), error.getText());
            assertEquals("和奶奶聊了学习情况", browser.findElement(By.id("notes")).getAttribute("value"));
            assertEquals(visits, visitsOf(OVERDUE_CHILD));
            Chromium.screenshot(browser, "phone-visit-form-errors");

            setValue(browser, "visitedOn", LocalDate.now(ChinaTime.ZONE).toString());
            browser.findElement(By.cssSelector("form.form button[type='submit']")).click();
            new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(page -> page.getCurrentUrl().contains("recorded=1"));
            assertTrue(browser.getPageSource().contains("走访已保存"));
            // earliest due first: no longer overdue, the child is further down, past the first page when other tests
            // have registered children in the village
            List<WebElement> cards = browser.findElements(By.cssSelector("#work-list-items li[data-child-id='"
                    + OVERDUE_CHILD + "']"));
            assertTrue(cards.stream().noneMatch(card -> card.getAttribute("class").contains("urgency-OVERDUE")),
                    "the child left the overdue list");
            assertEquals(visits + 1, visitsOf(OVERDUE_CHILD));

            browser.get(PortalBrowser.baseUrl() + "/portal/children/" + OVERDUE_CHILD);
            assertTrue(browser.findElement(By.id("visits")).getText().contains("入户走访"));
            Chromium.screenshot(browser, "phone-child-file");
        } finally {
            browser.quit();
        }
    }

    @Test
    void shouldRefuseAPostWithoutTheCsrfToken() throws Exception {
        WebDriver browser = Chromium.start(Chromium.DESKTOP);
        try {
            signIn(browser, "village.director", "/portal");
            Chromium.screenshot(browser, "desktop-director-home");
            browser.findElement(By.linkText("English")).click();
            assertTrue(browser.findElement(By.id("work-list")).getText().contains("Visit work list"));
            browser.findElement(By.linkText("中文")).click();
            assertTrue(browser.findElement(By.id("work-list")).getText().contains("走访工作清单"));
            long visits = visitsOf(Fixtures.CHILD_QINSHUI_EAST_1);
            Object status = ((JavascriptExecutor) browser).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch('/portal/children/%s/visits', {method: 'POST', credentials: 'same-origin',
                        headers: {'Content-Type': 'application/x-www-form-urlencoded'},
                        body: 'kind=CONTACT&contactMode=PHONE&visitedOn=%s'}).then(r => done(r.status));
                    """.formatted(Fixtures.CHILD_QINSHUI_EAST_1, LocalDate.now(ChinaTime.ZONE)));
            assertEquals(400L, ((Number) status).longValue());
            assertEquals(visits, visitsOf(Fixtures.CHILD_QINSHUI_EAST_1));
        } finally {
            browser.quit();
        }
    }

    @Test
    void shouldNotOpenAnotherCountysChildByUrl() {
        WebDriver browser = Chromium.start(Chromium.PHONE);
        try {
            signIn(browser, "county.officer.yangcheng", "/portal/children/" + Fixtures.CHILD_QINSHUI_EAST_1);
            List<WebElement> notFound = browser.findElements(By.id("not-found"));
            assertEquals(1, notFound.size(), "another county's child answers like an unknown one");
            assertFalse(browser.getPageSource().contains("王小明"));
        } finally {
            browser.quit();
        }
    }

    @Test
    void shouldLetTheWomensFederationRegisterALovingMotherAndACheckIn() throws Exception {
        TestChild child = TestChildren.register();
        String volunteerName = "爱心妈妈" + TestChildren.nextNumber();
        String volunteer = run(Tokens.of("womens.federation"), "organization/createVolunteer", "organizationId",
                "00000000-0000-4000-8000-000000000102", "input", Map.of("personName", volunteerName, "active", true,
                        "backgroundCheckExpiresOn", LocalDate.now().plusYears(1).toString()))
                .extract().path("data.createVolunteer.id");
        WebDriver browser = Chromium.start(Chromium.PHONE);
        try {
            signIn(browser, "womens.federation", "/portal");
            browser.findElement(By.linkText("结对帮扶")).click();
            browser.findElement(By.linkText("新建结对")).click();
            long pairings = Database.count("pairing");
            browser.findElement(By.id("childIdNumber")).sendKeys(child.idNumber());
            browser.findElement(By.id("childName")).sendKeys("别人的名字");
            new Select(browser.findElement(By.id("volunteerId"))).selectByValue(volunteer);
            browser.findElement(By.cssSelector("form.form button[type='submit']")).click();
            assertTrue(waitFor(browser, By.id("child-error")).getText().contains("没有找到该儿童"));
            assertEquals(child.idNumber(), browser.findElement(By.id("childIdNumber")).getAttribute("value"));
            assertEquals(pairings, Database.count("pairing"));
            Chromium.screenshot(browser, "phone-pairing-form-error");

            browser.findElement(By.id("childName")).clear();
            browser.findElement(By.id("childName")).sendKeys(child.name());
            new Select(browser.findElement(By.id("volunteerId"))).selectByValue(volunteer);
            assertEquals("LOVING_MOTHER", new Select(browser.findElement(By.id("kind"))).getFirstSelectedOption()
                    .getAttribute("value"));
            browser.findElement(By.cssSelector("form.form button[type='submit']")).click();
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(page -> page.getCurrentUrl().contains("saved=1"));
            assertEquals(pairings + 1, Database.count("pairing"));
            WebElement card = browser.findElements(By.cssSelector("#pairings li")).stream()
                    .filter(item -> item.getText().contains(volunteerName)).findFirst().orElseThrow();
            card.findElement(By.linkText("记录联系")).click();
            browser.findElement(By.id("notes")).sendKeys("陪孩子读书");
            browser.findElement(By.cssSelector("form.form button[type='submit']")).click();
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(page -> page.getCurrentUrl().contains("saved=1"));
            WebElement updated = browser.findElements(By.cssSelector("#pairings li")).stream()
                    .filter(item -> item.getText().contains(volunteerName)).findFirst().orElseThrow();
            assertEquals(LocalDate.now(ChinaTime.ZONE).plusDays(14).toString(),
                    updated.findElement(By.className("next-check-in")).getAttribute("datetime"));
            Chromium.screenshot(browser, "phone-pairings");
        } finally {
            browser.quit();
        }
    }

    @Test
    void shouldLetTheYouthLeagueHoldATongxinHarborEventAndTakeAttendance() throws Exception {
        TestChild first = TestChildren.register();
        TestChild second = TestChildren.register();
        WebDriver browser = Chromium.start(Chromium.PHONE);
        try {
            signIn(browser, "youth.league", "/portal");
            browser.findElement(By.linkText("活动")).click();
            browser.findElement(By.linkText("新建活动")).click();
            long activities = Database.count("activity");
            setValue(browser, "startTime", "00:00");
            setValue(browser, "endTime", "00:30");
            browser.findElement(By.cssSelector("form.form button[type='submit']")).click();
            assertTrue(waitFor(browser, By.id("title-error")).getText().contains("必填"));
            assertEquals(activities, Database.count("activity"));
            browser.findElement(By.id("title")).sendKeys("童心港湾读书会");
            setValue(browser, "startTime", "00:00");
            setValue(browser, "endTime", "00:30");
            browser.findElement(By.cssSelector("form.form button[type='submit']")).click();
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(page -> page.getCurrentUrl().contains("saved=1"));
            assertEquals("计划中", browser.findElement(By.id("activity-status")).getText());
            browser.findElement(By.cssSelector("button[value='HELD']")).click();
            new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                    .until(page -> "已举办".equals(page.findElement(By.id("activity-status")).getText()));

            long attendance = Database.count("activity_attendance");
            String lines = first.idNumber() + " " + first.name() + "\n" + second.idNumber() + " " + second.name()
                    + "\n" + first.idNumber().substring(0, 10) + " 别人";
            browser.findElement(By.id("attendance")).sendKeys(lines);
            browser.findElement(By.cssSelector("form[action$='/attendance'] button[type='submit']")).click();
            String errors = waitFor(browser, By.id("attendance-errors")).getText();
            assertTrue(errors.contains("第3行"), errors);
            assertEquals(attendance, Database.count("activity_attendance"), "nothing written when a line is bad");
            Chromium.screenshot(browser, "phone-attendance-errors");
            browser.findElement(By.id("attendance")).clear();
            browser.findElement(By.id("attendance")).sendKeys(first.idNumber() + " " + first.name() + "\n"
                    + second.idNumber() + " " + second.name());
            browser.findElement(By.cssSelector("form[action$='/attendance'] button[type='submit']")).click();
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(page -> page.getCurrentUrl().contains("saved=1"));
            assertEquals("2", browser.findElement(By.id("attendees")).getText());
            Chromium.screenshot(browser, "phone-activity");
        } finally {
            browser.quit();
        }
    }

    @Test
    void shouldLetTheDisabledPersonsFederationRecordAnAssistiveDevice() throws Exception {
        TestChild child = TestChildren.register(List.of("DISABLED"), List.of("CHILD_DISABILITY"));
        WebDriver browser = Chromium.start(Chromium.PHONE);
        try {
            signIn(browser, "disabled.federation", "/portal");
            browser.findElement(By.linkText("康复救助")).click();
            browser.findElement(By.linkText("登记康复救助")).click();
            long records = Database.count("rehabilitation_record");
            browser.findElement(By.id("childIdNumber")).sendKeys(child.idNumber());
            browser.findElement(By.id("childName")).sendKeys(child.name());
            browser.findElement(By.id("provider")).sendKeys("晋城市辅具中心");
            browser.findElement(By.cssSelector("form.form button[type='submit']")).click();
            assertTrue(waitFor(browser, By.id("device-error")).getText().contains("请填写辅具名称"));
            assertTrue(browser.findElement(By.id("funding-error")).getText().contains("请选择资金来源"));
            assertEquals("晋城市辅具中心", browser.findElement(By.id("provider")).getAttribute("value"));
            assertEquals(records, Database.count("rehabilitation_record"));
            browser.findElement(By.id("device")).sendKeys("儿童轮椅");
            new Select(browser.findElement(By.id("fundingSource")))
                    .selectByValue("DISABLED_PERSONS_FEDERATION_PROGRAM");
            browser.findElement(By.cssSelector("form.form button[type='submit']")).click();
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(page -> page.getCurrentUrl().contains("saved=1"));
            assertEquals(records + 1, Database.count("rehabilitation_record"));
            assertTrue(browser.findElement(By.id("rehabilitation")).getText().contains("儿童轮椅"));
            Chromium.screenshot(browser, "phone-rehabilitation");
        } finally {
            browser.quit();
        }
    }

    @Test
    void shouldShowACountyOfficerTheDashboardWithItsChart() {
        WebDriver browser = Chromium.start(Chromium.DESKTOP);
        try {
            signIn(browser, "county.officer", "/portal");
            browser.findElement(By.linkText("工作概览")).click();
            new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(page -> !page.findElements(By.cssSelector("#compliance-chart canvas")).isEmpty());
            String table = browser.findElement(By.id("compliance-table")).getText();
            assertTrue(table.contains("沁水演示一镇"), table);
            assertFalse(browser.findElements(By.cssSelector("#staffing-chart canvas")).isEmpty());
            assertFalse(browser.findElements(By.cssSelector("#training-chart canvas")).isEmpty());
            assertTrue(browser.findElement(By.id("staffing-table")).getText().contains("沁水演示一镇"));
            assertFalse(browser.findElements(By.cssSelector("#villages-with-gaps li")).isEmpty(),
                    "the villages that need a director are named");
            assertTrue(browser.findElement(By.id("duty-gaps")).getText().contains("沁水"),
                    "the duty gaps name who has them");
            assertTrue(browser.findElement(By.id("categories")).isDisplayed());
            assertTrue(browser.getPageSource().contains("留守儿童"));
            Chromium.screenshot(browser, "desktop-county-dashboard");
            browser.manage().window().setSize(Chromium.PHONE);
            browser.navigate().refresh();
            new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(page -> !page.findElements(By.cssSelector("#compliance-chart canvas")).isEmpty());
            Chromium.screenshot(browser, "phone-county-dashboard");
        } finally {
            browser.quit();
        }
        WebDriver director = Chromium.start(Chromium.PHONE);
        try {
            signIn(director, "village.director", "/portal/dashboard");
            assertFalse(director.getPageSource().contains("compliance-chart"), "a director has no officer's dashboard");
        } finally {
            director.quit();
        }
    }

    @Test
    void shouldShowAStaleConcernEditAsAConflictAndOverwriteNothing() throws Exception {
        WebDriver browser = Chromium.start(Chromium.PHONE);
        try {
            signIn(browser, "village.director", "/portal/children/" + Fixtures.CHILD_QINSHUI_EAST_1);
            browser.findElement(By.xpath("//summary[text()='登记问题']")).click();
            String description = "冬衣不足" + TestChildren.nextNumber();
            browser.findElement(By.id("description")).sendKeys(description);
            browser.findElement(By.cssSelector("form[action$='/concerns'] button[type='submit']")).click();
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(page -> page.getCurrentUrl().contains("saved=1"));
            WebElement raised = browser.findElements(By.cssSelector("#concerns li")).stream()
                    .filter(item -> item.getText().contains(description)).findFirst().orElseThrow();
            String concernId = raised.findElement(By.linkText("处理")).getAttribute("href").replaceAll(".*/", "");
            raised.findElement(By.linkText("处理")).click();

            // meanwhile someone else takes the concern on through the API
            run(Tokens.of("village.director"), "concern/updateConcern", "id", concernId, "expectedVersion", 0, "input",
                    Map.of("status", "IN_PROGRESS", "actionTaken", "已联系村委会"))
                    .body("errors", org.hamcrest.Matchers.nullValue());

            new Select(browser.findElement(By.id("status"))).selectByValue("RESOLVED");
            browser.findElement(By.id("resolution")).sendKeys("发放冬衣两套");
            browser.findElement(By.cssSelector("form.form button[type='submit']")).click();
            assertTrue(waitFor(browser, By.id("conflict")).getText().contains("未覆盖"));
            assertEquals("处理中", browser.findElement(By.id("current-status")).getText());
            assertEquals("发放冬衣两套", browser.findElement(By.id("resolution")).getAttribute("value"));
            Chromium.screenshot(browser, "phone-concern-conflict");

            browser.findElement(By.cssSelector("form.form button[type='submit']")).click();
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(page -> page.getCurrentUrl().contains("saved=1"));
            WebElement resolved = browser.findElements(By.cssSelector("#concerns li")).stream()
                    .filter(item -> item.getText().contains(description)).findFirst().orElseThrow();
            assertEquals("已解决", resolved.findElement(By.className("concern-status")).getText());
        } finally {
            browser.quit();
        }
    }

    @Test
    void shouldLetAnOfficerSearchChildrenAndPage() {
        WebDriver browser = Chromium.start(Chromium.PHONE);
        try {
            signIn(browser, "county.officer", "/portal");
            browser.findElement(By.linkText("儿童查询")).click();
            browser.findElement(By.id("name")).sendKeys("王小");
            browser.findElement(By.cssSelector("form[role='search'] button[type='submit']")).click();
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(page -> page.getCurrentUrl().contains("name="));
            String results = waitFor(browser, By.id("results")).getText();
            assertTrue(results.contains("王小明") && results.contains("王小红"), results);
            new Select(browser.findElement(By.id("riskLevel"))).selectByValue("HIGH");
            browser.findElement(By.cssSelector("form[role='search'] button[type='submit']")).click();
            new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(page -> page.getCurrentUrl().contains("riskLevel=HIGH"));
            results = waitFor(browser, By.id("results")).getText();
            assertTrue(results.contains("王小红") && !results.contains("王小明"), results);
            Chromium.screenshot(browser, "phone-children-search");

            browser.get(PortalBrowser.baseUrl() + "/portal/children");
            browser.findElement(By.cssSelector("form[role='search'] button[type='submit']")).click();
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(page -> page.getCurrentUrl().contains("name="));
            String firstPage = waitFor(browser, By.id("results")).getText();
            waitFor(browser, By.id("next-page")).click();
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(page -> page.getCurrentUrl().contains("after="));
            String secondPage = waitFor(browser, By.id("results")).getText();
            assertFalse(secondPage.isBlank());
            assertFalse(firstPage.equals(secondPage), "the next page shows other children");
        } finally {
            browser.quit();
        }
    }

    /** The element once the page that has it is shown: a submit's navigation may still be under way. */
    static WebElement waitFor(WebDriver browser, By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(page -> page.findElements(locator).stream().findFirst().orElse(null));
    }

    private static void setValue(WebDriver browser, String id, String value) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id,
                value);
    }

    private static long visitsOf(String childId) throws Exception {
        try (var connection = Database.asService(); var statement = connection.prepareStatement(
                "select count(*) from visit where child_id = ?::uuid")) {
            statement.setString(1, childId);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
