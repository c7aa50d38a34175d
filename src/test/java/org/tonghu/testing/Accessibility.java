package org.tonghu.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Checks the page a browser shows with axe-core (the accessibility engine, from Deque's test jar) against WCAG 2.1
 * A and AA: colour contrast, labels, names of buttons and links, the page's language, landmarks.
 */
public final class Accessibility {

    private static final String AXE = load();

    private Accessibility() {
    }

    /** The violations on the current page, one line each: rule, impact, and the elements it found. */
    @SuppressWarnings("unchecked")
    public static List<String> violations(WebDriver browser) {
        browser.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(30));
        JavascriptExecutor script = (JavascriptExecutor) browser;
        script.executeScript(AXE);
        Object result = script.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
                  .then(function (r) { done(r.violations.map(function (v) {
                    return { id: v.id, impact: v.impact,
                      nodes: v.nodes.map(function (n) { return n.target.join(' '); }) };
                  })); })
                  .catch(function (e) { done([{ id: 'axe-error', impact: String(e), nodes: [] }]); });
                """);
        return ((List<Map<String, Object>>) result).stream()
                .map(violation -> violation.get("id") + " (" + violation.get("impact") + "): " + violation.get("nodes"))
                .toList();
    }

    private static String load() {
        try (InputStream in = Accessibility.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
