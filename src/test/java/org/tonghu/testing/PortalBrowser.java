package org.tonghu.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A plain HTTP client that signs in to the portal as a browser would: it follows the code flow's redirects to the
 * demo issuer, picks a demo user on its sign-in page, and keeps the cookies. Real-browser tests come with the portal.
 */
public final class PortalBrowser {

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    /** A browser for the service under test. */
    public PortalBrowser() {
        this(baseUrl());
    }

    /** A browser for a service at another address, e.g. the packaged service an IT starts. */
    public PortalBrowser(String base) {
        this.base = base;
    }

    /** The service's address as a browser would type it. */
    public static String baseUrl() {
        int port = ConfigProvider.getConfig().getOptionalValue("quarkus.http.test-port", Integer.class).orElse(8081);
        return "http://localhost:" + port;
    }

    /** Opens a portal page; when it is the issuer's sign-in page, chooses the user, and returns the page reached. */
    public HttpResponse<String> signIn(String username, String path) {
        HttpResponse<String> signInPage = get(base + path);
        URI authorize = signInPage.uri();
        if (!authorize.getPath().equals("/authorize")) {
            throw new IllegalStateException("Expected the issuer's sign-in page, got " + authorize);
        }
        Map<String, String> form = new LinkedHashMap<>(query(authorize));
        form.put("username", username);
        URI target = URI.create(authorize.getScheme() + "://" + authorize.getAuthority() + "/authorize");
        return send(HttpRequest.newBuilder(target)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build());
    }

    public HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    /** Downloads a file, e.g. an export, as bytes. */
    public HttpResponse<byte[]> getBytes(String url) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Submits a form as a browser would: opens the page at {@code pagePath}, takes the CSRF token from its form, and
     * posts the fields to {@code action}. Returns the page the post leads to (redirects followed).
     */
    public HttpResponse<String> submit(String pagePath, String action, Map<String, String> fields) {
        HttpResponse<String> page = get(base + pagePath);
        java.util.regex.Matcher token = java.util.regex.Pattern
                .compile("name=\"(csrf-token)\" value=\"([^\"]+)\"").matcher(page.body());
        if (!token.find()) {
            throw new IllegalStateException("No form with a CSRF token on " + pagePath + ": " + page.statusCode());
        }
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put(token.group(1), token.group(2));
        return send(HttpRequest.newBuilder(URI.create(base + action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build());
    }

    /** Submits a form whose field {@code name} repeats, once per value (e.g. the ids of a page's items). */
    public HttpResponse<String> submitAll(String pagePath, String action, String name, java.util.List<String> values) {
        HttpResponse<String> page = get(base + pagePath);
        java.util.regex.Matcher token = java.util.regex.Pattern
                .compile("name=\"(csrf-token)\" value=\"([^\"]+)\"").matcher(page.body());
        if (!token.find()) {
            throw new IllegalStateException("No form with a CSRF token on " + pagePath + ": " + page.statusCode());
        }
        String body = encode(Map.of(token.group(1), token.group(2))) + values.stream()
                .map(value -> "&" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(value, StandardCharsets.UTF_8))
                .collect(Collectors.joining());
        return send(HttpRequest.newBuilder(URI.create(base + action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /**
     * Submits a multipart form (a file upload) as a browser would: the CSRF token from the page's form, the text
     * fields, and one file part {@code fileField} with the given name, type and bytes.
     */
    public HttpResponse<String> submitMultipart(String pagePath, String action, Map<String, String> fields,
            String fileField, String fileName, String contentType, byte[] content) {
        HttpResponse<String> page = get(base + pagePath);
        java.util.regex.Matcher token = java.util.regex.Pattern
                .compile("name=\"(csrf-token)\" value=\"([^\"]+)\"").matcher(page.body());
        if (!token.find()) {
            throw new IllegalStateException("No form with a CSRF token on " + pagePath + ": " + page.statusCode());
        }
        String boundary = "----tonghu" + java.util.UUID.randomUUID().toString().replace("-", "");
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        Map<String, String> form = new LinkedHashMap<>();
        form.put(token.group(1), token.group(2));
        form.putAll(fields);
        form.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                + "\"; filename=\"" + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        // the redirect is followed by hand: Java's client would repeat the multipart Content-Type on the GET
        HttpClient once = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> posted;
        try {
            posted = once.send(HttpRequest.newBuilder(URI.create(base + action))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Optional<String> location = posted.headers().firstValue("Location");
        if (posted.statusCode() / 100 == 3 && location.isPresent()) {
            return get(URI.create(base + action).resolve(location.get()).toString());
        }
        return posted;
    }

    /** The value of the first cookie whose name starts with the prefix, e.g. the portal session {@code q_session}. */
    public Optional<String> cookie(String namePrefix) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().startsWith(namePrefix))
                .map(HttpCookie::getValue).findFirst();
    }

    public Optional<HttpCookie> cookieNamed(String namePrefix) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().startsWith(namePrefix)).findFirst();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
