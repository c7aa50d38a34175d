package org.tonghu.progressreport;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The label of each figure of a progress report and how it was computed, from the bundle
 * {@code progressreport/figures} (Chinese) and {@code figures_en} (English). A key without texts shows as itself.
 */
public final class ProgressFigureTexts {

    private static final String BUNDLE = "progressreport.figures";

    private ProgressFigureTexts() {
    }

    /** What the figure counts. */
    public static String label(String key, Locale locale) {
        return text(key + ".label", locale, key);
    }

    /** How the figure was computed: a sentence. */
    public static String howComputed(String key, Locale locale) {
        return text(key + ".how", locale, "");
    }

    /** The section a figure belongs to (its key's first part): its title. */
    public static String section(String key, Locale locale) {
        String section = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
        return text("section." + section, locale, section);
    }

    /** A text of the exports ({@code doc.*}), its {@code {0}}, {@code {1}} replaced by the arguments as given. */
    public static String doc(String name, Locale locale, String... arguments) {
        String text = text("doc." + name, locale, name);
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", arguments[i]);
        }
        return text;
    }

    private static String text(String name, Locale locale, String fallback) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE,
                    "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT);
            return bundle.containsKey(name) ? bundle.getString(name) : fallback;
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
