package org.tonghu.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from the Debian packages ({@code chromium}, {@code chromium-driver}), driven by Selenium; never a
 * downloaded browser. Where the packages are missing (a machine with only a JDK) browser tests are skipped, except in
 * CI ({@code CI=true}), which installs them and must run them.
 */
public final class Chromium {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    /** A phone (360 × 780 CSS pixels, a common Android size) and a desk. */
    public static final Dimension PHONE = new Dimension(360, 780);
    public static final Dimension DESKTOP = new Dimension(1280, 900);

    private Chromium() {
    }

    /** A fresh browser (its own profile) in a window of this size; skips the test where Chromium is not installed. */
    public static WebDriver start(Dimension size) {
        boolean installed = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI must install chromium and chromium-driver (see .ci/run)");
        }
        Assumptions.assumeTrue(installed, "Chromium is not installed: apt-get install chromium chromium-driver");
        Path profile;
        try {
            profile = Files.createTempDirectory("tonghu-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toString());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--lang=zh-CN",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
                "--window-size=" + size.getWidth() + "," + size.getHeight());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        // an element of the next page may be looked up while a click's navigation is still under way
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        driver.manage().window().setSize(size);
        return driver;
    }

    /**
     * Saves a screenshot under {@code target/screenshots/}; with {@code -Dtonghu.screenshots.write=true} also under
     * {@code docs/screenshots/}, the set the README shows.
     */
    public static void screenshot(WebDriver driver, String name) {
        try {
            Path file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            if (Boolean.getBoolean("tonghu.screenshots.write")) {
                Path docs = Path.of("docs", "screenshots", name + ".png");
                Files.createDirectories(docs.getParent());
                Files.copy(file, docs, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
