package org.tonghu.portal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tonghu.portal.PortalBrowserTest.signIn;
import static org.tonghu.portal.PortalBrowserTest.waitFor;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tonghu.testing.Chromium;
import org.tonghu.testing.Fixtures;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.PortalBrowser;
import org.tonghu.testing.TestChildren;
import org.tonghu.testing.TestChildren.TestChild;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The child's file on a desk and on paper, and a referral sent by the county and answered by a partner, in Chromium.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class FileAndReferralBrowserTest {

    @Test
    void shouldShowTheWholeFileAndPrintItWithoutNavigationOrForms() {
        WebDriver browser = Chromium.start(Chromium.DESKTOP);
        try {
            signIn(browser, "county.officer", "/portal/children/" + Fixtures.CHILD_QINSHUI_OTHER_TOWNSHIP);
            assertTrue(waitFor(browser, By.id("rehabilitation")).getText().contains("儿童轮椅"));
            assertTrue(browser.findElement(By.id("referrals")).isDisplayed());
            assertTrue(browser.findElement(By.cssSelector("a[href$='/file.xlsx']")).isDisplayed());
            Chromium.screenshot(browser, "desktop-child-file");

            ((HasCdp) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            assertFalse(browser.findElement(By.cssSelector("header.bar")).isDisplayed(), "no navigation on paper");
            assertFalse(browser.findElement(By.cssSelector("[data-print]")).isDisplayed(), "no buttons on paper");
            assertFalse(browser.findElement(By.cssSelector("form[action$='/concerns']")).isDisplayed(),
                    "no forms on paper");
            assertTrue(browser.findElement(By.id("rehabilitation")).isDisplayed(), "the file's sections are printed");
        } finally {
            browser.quit();
        }
    }

    @Test
    void shouldLetTheCountySendAReferralAndAPartnerAcceptAndCloseIt() {
        TestChild child = TestChildren.register();
        String referralPath;
        WebDriver county = Chromium.start(Chromium.PHONE);
        try {
            signIn(county, "county.officer", "/portal/children/" + child.id());
            waitFor(county, By.linkText("转介")).click();
            new Select(waitFor(county, By.id("toOrganizationId"))).selectByVisibleText("晋城市残疾人联合会");
            new Select(county.findElement(By.id("needCategory"))).selectByValue("REHABILITATION");
            county.findElement(By.id("need")).sendKeys("听力筛查未通过，需要评估");
            county.findElement(By.cssSelector("input[name='urgency'][value='URGENT']")).click();
            county.findElement(By.cssSelector("form.form button[type='submit']")).click();
            new WebDriverWait(county, Duration.ofSeconds(20)).until(page -> page.getCurrentUrl().contains("saved=1"));
            assertTrue(county.getPageSource().contains("待答复"));
            referralPath = county.getCurrentUrl().replace(PortalBrowser.baseUrl(), "").replace("?saved=1", "");
            Chromium.screenshot(county, "phone-referral-sent");
        } finally {
            county.quit();
        }

        WebDriver federation = Chromium.start(Chromium.PHONE);
        try {
            signIn(federation, "disabled.federation", "/portal");
            waitFor(federation, By.cssSelector("#awaiting-answer-items a[href='" + referralPath + "']")).click();
            waitFor(federation, By.cssSelector("#accept-form button")).click();
            new WebDriverWait(federation, Duration.ofSeconds(20))
                    .until(page -> page.getPageSource().contains("id=\"close-form\""));
            federation.findElement(By.id("outcome")).sendKeys("已完成听力评估，安排助听器适配");
            federation.findElement(By.cssSelector("#close-form button")).click();
            new WebDriverWait(federation, Duration.ofSeconds(20)).until(page -> page.getPageSource().contains("已结案"));
            Chromium.screenshot(federation, "phone-referral-answered");
        } finally {
            federation.quit();
        }
    }
}
