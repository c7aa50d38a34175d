package org.tonghu.portal;

import java.util.Locale;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;

/** The portal's language: Chinese unless the user chose English (a cookie set by the language switch). */
final class PortalLocale {

    static final String COOKIE = "tonghu-lang";
    static final Locale CHINESE = Locale.forLanguageTag("zh-CN");
    static final Locale ENGLISH = Locale.ENGLISH;

    private PortalLocale() {
    }

    static Locale of(HttpHeaders headers) {
        Cookie cookie = headers.getCookies().get(COOKIE);
        return cookie != null && "en".equals(cookie.getValue()) ? ENGLISH : CHINESE;
    }
}
