package org.tonghu.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tonghu.portal.PortalBrowserTest.signIn;
import static org.tonghu.portal.PortalBrowserTest.waitFor;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tonghu.goodpractice.GoodPracticeCases;
import org.tonghu.testing.Chromium;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.PortalBrowser;
import org.tonghu.time.ChinaTime;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Good-practice cases on a phone, in Chromium: a county officer goes from the home page to the cases, drafts one (a
 * phone number in the story is refused on the field, the rest kept as typed), saves it, uploads a photo with its
 * consent through the file field, and submits it; anyone reads a published case on the public page without signing
 * in. Saves a screenshot of the submitted case.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class GoodPracticeBrowserTest {

    @Test
    void shouldLetACountyOfficerDraftAndSubmitACaseOnAPhone() {
        GoodPracticeCases.ensureOpenRound();
        WebDriver browser = Chromium.start(Chromium.PHONE);
        try {
            signIn(browser, "county.officer", "/portal");
            waitFor(browser, By.cssSelector("#good-practice-link a")).click();
            waitFor(browser, By.id("new-case")).click();
            waitFor(browser, By.id("title")).sendKeys("乡村儿童之家暑期托管");
            new Select(browser.findElement(By.id("planAction"))).selectByValue("PRECISE_ASSISTANCE");
            browser.findElement(By.id("summary")).sendKeys("利用村级儿童之家开展暑期托管，志愿者辅导作业。");
            browser.findElement(By.id("story")).sendKeys("暑期每天开放六小时。\n家长可拨打 0356-5551234 咨询。");
            browser.findElement(By.id("results")).sendKeys("托管儿童|210|人");
            browser.findElement(By.cssSelector("#case-form button[type='submit']")).click();

            assertTrue(waitFor(browser, By.id("story-error")).isDisplayed(), "the phone number is refused");
            assertEquals("乡村儿童之家暑期托管", browser.findElement(By.id("title")).getAttribute("value"));
            browser.findElement(By.id("story")).clear();
            browser.findElement(By.id("story")).sendKeys("暑期每天开放六小时。\n家长可到村委会咨询。");
            browser.findElement(By.cssSelector("#case-form button[type='submit']")).click();

            new WebDriverWait(browser, Duration.ofSeconds(20)).until(page -> page.getCurrentUrl().contains("saved=1"));
            // a photo with its consent, chosen through the file field
            waitFor(browser, By.id("photo")).sendKeys(photoFile().toString());
            browser.findElement(By.id("caption")).sendKeys("托管活动现场");
            browser.findElement(By.id("consentGivenBy")).sendKeys("家长代表");
            browser.findElement(By.id("consentRelation")).sendKeys("监护人");
            ((JavascriptExecutor) browser).executeScript("document.getElementById('consentGivenOn').value = '"
                    + ChinaTime.today() + "';");
            browser.findElement(By.cssSelector("#photo-form button[type='submit']")).click();
            waitFor(browser, By.id("remove-photo-1"));
            Object width = ((JavascriptExecutor) browser).executeScript(
                    "return document.querySelector('#photos img').naturalWidth;");
            assertEquals(40L, width, "the uploaded photo loads");
            waitFor(browser, By.cssSelector("#submit-form button")).click();
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(page -> page.findElements(By.id("submit-form"))
                    .isEmpty());
            assertEquals("已报送市级", browser.findElement(By.id("case-state")).getText());
            assertEquals(2, browser.findElements(By.cssSelector("#story p")).size(), "paragraphs kept");
            ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0);");
            Chromium.screenshot(browser, "phone-good-practice-case");
        } finally {
            browser.quit();
        }
    }

    /** A real 40x30 PNG on disk, for the file field. */
    private static Path photoFile() {
        try {
            BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
            Graphics2D graphics = image.createGraphics();
            graphics.setColor(Color.ORANGE);
            graphics.fillRect(0, 0, 40, 30);
            graphics.dispose();
            Path file = Files.createTempFile("case-photo", ".png");
            ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void shouldShowAPublishedCaseWithItsPhotoWithoutSignIn() {
        WebDriver browser = Chromium.start(Chromium.PHONE);
        try {
            browser.get(PortalBrowser.baseUrl() + "/cases");
            waitFor(browser, By.cssSelector("#public-cases a[href='/cases/00000000-0000-4000-8000-00000015e006']"))
                    .click();
            assertEquals("心理关爱\"成长导师\"计划", waitFor(browser, By.id("case-title")).getText());
            Object width = ((JavascriptExecutor) browser).executeScript(
                    "return document.querySelector('#photos img').naturalWidth;");
            assertEquals(160L, width, "the photo loads without sign-in");
            assertFalse(browser.getPageSource().contains("学校家长委员会代表"), "no consent on the public page");
            Chromium.screenshot(browser, "phone-good-practice-public");
        } finally {
            browser.quit();
        }
    }
}
