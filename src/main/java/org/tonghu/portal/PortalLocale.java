package org.tonghu.portal;

import java.util.Locale;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;

/** The portal's language: Chinese unless the user chose English (a cookie set by the language switch). */
public final class PortalLocale {

    static final String COOKIE = "tonghu-lang";
    public static final Locale CHINESE = Locale.forLanguageTag("zh-CN");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private PortalLocale() {
    }

    /** The language of the request: the cookie's choice, Chinese by default. */
    public static Locale of(HttpHeaders headers) {
        Cookie cookie = headers.getCookies().get(COOKIE);
        return cookie != null && "en".equals(cookie.getValue()) ? ENGLISH : CHINESE;
    }
}
