package org.tonghu.portal;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;

/**
 * The portal's messages for Java code that renders no template (the spreadsheet export): the same bundles, looked up
 * by key in the user's language.
 */
@ApplicationScoped
public class PortalText {

    private final Template message;
    private final Template term;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    PortalText(Engine engine) {
        this.message = engine.parse("{msg:message(key)}");
        this.term = engine.parse("{term:message(key)}");
    }

    /** The message of {@code key} in {@code locale}. */
    public String of(Locale locale, String key) {
        return cache.computeIfAbsent("msg/" + locale.toLanguageTag() + "/" + key,
                cacheKey -> message.data("key", key).setLocale(locale).render());
    }

    /** The label of an enum value, e.g. prefix {@code need} and REHABILITATION; empty for none. */
    public String label(Locale locale, String prefix, Enum<?> value) {
        if (value == null) {
            return "";
        }
        String key = Labels.key(prefix, value);
        return cache.computeIfAbsent("term/" + locale.toLanguageTag() + "/" + key,
                cacheKey -> term.data("key", key).setLocale(locale).render());
    }
}
