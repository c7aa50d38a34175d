package org.tonghu.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tonghu.portal.PortalBrowserTest.signIn;
import static org.tonghu.portal.PortalBrowserTest.waitFor;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tonghu.testing.Chromium;
import org.tonghu.testing.Database;
import org.tonghu.testing.LocalModeTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Data-sharing agreements on a phone, in Chromium: a province officer goes from the home page to the agreements,
 * registers an app with the form and revokes its agreement; no page is wider than the phone. Saves screenshots of the
 * list and of the registered agreement.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class DataSharingBrowserTest {

    @Test
    void shouldLetTheProvinceRegisterAnAppAndRevokeItsAgreementOnAPhone() throws Exception {
        String clientId = "phone-app-" + UUID.randomUUID().toString().substring(0, 8);
        WebDriver browser = Chromium.start(Chromium.PHONE);
        try {
            signIn(browser, "province.officer", "/portal");
            waitFor(browser, By.cssSelector("#data-sharing-link a")).click();
            waitFor(browser, By.cssSelector("#agreements li[data-state='ACTIVE']"));
            assertFitsThePhone(browser);
            Chromium.screenshot(browser, "phone-data-sharing");
            browser.findElement(By.id("register-link")).click();

            waitFor(browser, By.id("clientId")).sendKeys(clientId);
            new Select(browser.findElement(By.id("organizationId"))).selectByVisibleText("晋城市妇女联合会");
            browser.findElement(By.id("purpose")).sendKeys("妇联志愿者应用：查看结对儿童的服务记录");
            browser.findElement(By.id("regionCodes")).sendKeys("140522000000");
            browser.findElement(By.cssSelector("input[name='fieldSet'][value='CHILD_LEVEL']")).click();
            WebElement operations = browser.findElement(By.id("operations"));
            operations.clear();
            operations.sendKeys("me, children, pairings");
            browser.findElement(By.cssSelector("input[name='webhookEvents'][value='REFERRAL_RECEIVED']")).click();
            assertFitsThePhone(browser);
            browser.findElement(By.cssSelector("#agreement-form button[type='submit']")).click();

            new WebDriverWait(browser, Duration.ofSeconds(20)).until(page -> page.getCurrentUrl().contains("saved=1"));
            assertEquals("children me pairings", waitFor(browser, By.cssSelector("#operations code")).getText());
            assertTrue(browser.findElement(By.id("revoke-form")).isDisplayed());
            assertFitsThePhone(browser);
            Chromium.screenshot(browser, "phone-data-sharing-agreement");

            browser.findElement(By.id("reason")).sendKeys("试点结束");
            browser.findElement(By.cssSelector("#revoke-form button[type='submit']")).click();
            waitFor(browser, By.id("revoked"));
            assertTrue(browser.findElements(By.id("revoke-form")).isEmpty());
            assertEquals(1L, Database.count("data_sharing_agreement where client_id = '" + clientId
                    + "' and status = 'REVOKED'"));
        } finally {
            browser.quit();
        }
    }

    private static void assertFitsThePhone(WebDriver browser) {
        Object overflow = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;");
        assertTrue(((Number) overflow).longValue() <= 0, "the page is wider than the phone by " + overflow + " px");
    }
}
