package org.tonghu.local;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

import org.jose4j.json.JsonUtil;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small OpenID Connect issuer for local mode only, so that the portal's code flow and {@code /graphql}'s bearer
 * tokens go through the same {@code quarkus-oidc} code as in production, without Keycloak. It listens on loopback,
 * signs RS256 tokens with a key kept in the data directory, and knows the {@link DemoUser}s and three clients:
 * the portal (code flow with PKCE), {@code tonghu-cli} (password grant, for curl) and {@code demo-partner-app}
 * (client credentials). Never started with an external database.
 */
public final class DemoIssuer implements AutoCloseable {

    public static final String AUDIENCE = "tonghu-api";
    public static final String PORTAL_CLIENT_ID = "tonghu-portal";
    public static final String PORTAL_CLIENT_SECRET = "tonghu-portal-local-secret";
    public static final String CLI_CLIENT_ID = "tonghu-cli";
    public static final String PARTNER_APP_CLIENT_ID = "demo-partner-app";
    public static final String PARTNER_APP_CLIENT_SECRET = "demo-partner-app-secret";

    private static final long ACCESS_TOKEN_SECONDS = 3600;
    private static final long ID_TOKEN_SECONDS = 8 * 3600;
    private static final long CODE_SECONDS = 120;

    private final HttpServer server;
    private final RsaJsonWebKey signingKey;
    private final String issuer;
    private final Map<String, PendingCode> codes = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    private record PendingCode(DemoUser user, String clientId, String redirectUri, String codeChallenge, String nonce,
            Instant expiresAt) {
    }

    private DemoIssuer(HttpServer server, RsaJsonWebKey signingKey) {
        this.server = server;
        this.signingKey = signingKey;
        this.issuer = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * Starts the issuer on a loopback port (0 for any free one), with the signing key kept in {@code keyFile}
     * (created on first start), so tokens stay valid across restarts.
     */
    public static DemoIssuer start(int port, Path keyFile) throws IOException {
        RsaJsonWebKey key = loadOrCreateKey(keyFile);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        DemoIssuer issuer = new DemoIssuer(server, key);
        server.createContext("/.well-known/openid-configuration", issuer.handler(issuer::discovery));
        server.createContext("/jwks", issuer.handler(issuer::jwks));
        server.createContext("/authorize", issuer.handler(issuer::authorize));
        server.createContext("/token", issuer.handler(issuer::token));
        server.createContext("/logout", issuer.handler(issuer::logout));
        server.setExecutor(Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "demo-issuer");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        return issuer;
    }

    public String issuerUrl() {
        return issuer;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** A signed access token for a demo user or client, as the token endpoint would issue it. */
    public String accessToken(DemoUser user, String clientId) {
        return sign(claims(user, clientId, List.of(AUDIENCE), ACCESS_TOKEN_SECONDS));
    }

    /**
     * A token with a chosen audience and expiry, signed by this issuer: for tests of what the service must refuse
     * (another audience, an expired token) that the token endpoint never issues.
     */
    public String accessToken(DemoUser user, String clientId, List<String> audience, Instant expiresAt) {
        JwtClaims claims = claims(user, clientId, audience, ACCESS_TOKEN_SECONDS);
        claims.setExpirationTime(org.jose4j.jwt.NumericDate.fromSeconds(expiresAt.getEpochSecond()));
        claims.setIssuedAt(org.jose4j.jwt.NumericDate.fromSeconds(expiresAt.getEpochSecond() - ACCESS_TOKEN_SECONDS));
        return sign(claims);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    // --- endpoints ------------------------------------------------------------------------------------------

    private interface Endpoint {
        void handle(HttpExchange exchange) throws IOException;
    }

    private com.sun.net.httpserver.HttpHandler handler(Endpoint endpoint) {
        return exchange -> {
            try (exchange) {
                exchange.getResponseHeaders().add("Cache-Control", "no-store");
                endpoint.handle(exchange);
            } catch (RuntimeException e) {
                json(exchange, 500, Map.of("error", "server_error"));
            }
        };
    }

    private void discovery(HttpExchange exchange) throws IOException {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("issuer", issuer);
        metadata.put("authorization_endpoint", issuer + "/authorize");
        metadata.put("token_endpoint", issuer + "/token");
        metadata.put("jwks_uri", issuer + "/jwks");
        metadata.put("end_session_endpoint", issuer + "/logout");
        metadata.put("response_types_supported", List.of("code"));
        metadata.put("grant_types_supported", List.of("authorization_code", "password", "client_credentials"));
        metadata.put("subject_types_supported", List.of("public"));
        metadata.put("id_token_signing_alg_values_supported", List.of("RS256"));
        metadata.put("code_challenge_methods_supported", List.of("S256"));
        metadata.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
        json(exchange, 200, metadata);
    }

    private void jwks(HttpExchange exchange) throws IOException {
        byte[] body = new JsonWebKeySet(signingKey).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY)
                .getBytes(StandardCharsets.UTF_8);
        send(exchange, 200, "application/json", body);
    }

    /** GET shows the sign-in page; POST (the page's form) signs the chosen user in and redirects with a code. */
    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> params = "POST".equals(exchange.getRequestMethod())
                ? form(exchange)
                : query(exchange.getRequestURI());
        String clientId = params.getOrDefault("client_id", "");
        String redirectUri = params.getOrDefault("redirect_uri", "");
        if (!PORTAL_CLIENT_ID.equals(clientId) || !isPortalRedirect(redirectUri)) {
            page(exchange, 400, "<p>未知的客户端或回调地址。Unknown client or redirect URI.</p>");
            return;
        }
        if (!"code".equals(params.get("response_type")) || !"S256".equals(params.get("code_challenge_method"))
                || params.getOrDefault("code_challenge", "").isEmpty()) {
            redirectWithError(exchange, redirectUri, params.get("state"), "invalid_request");
            return;
        }
        Optional<DemoUser> chosen = Optional.ofNullable(params.get("username")).flatMap(DemoUser::find);
        if ("GET".equals(exchange.getRequestMethod()) || chosen.isEmpty()) {
            page(exchange, 200, signInPage(params));
            return;
        }
        String code = randomToken();
        codes.put(code, new PendingCode(chosen.get(), clientId, redirectUri, params.get("code_challenge"),
                params.get("nonce"), Instant.now().plusSeconds(CODE_SECONDS)));
        StringBuilder location = new StringBuilder(redirectUri).append(redirectUri.contains("?") ? '&' : '?')
                .append("code=").append(encode(code));
        if (params.get("state") != null) {
            location.append("&state=").append(encode(params.get("state")));
        }
        redirect(exchange, location.toString());
    }

    private void token(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            json(exchange, 405, Map.of("error", "invalid_request"));
            return;
        }
        Map<String, String> params = form(exchange);
        String[] client = clientCredentials(exchange, params);
        switch (params.getOrDefault("grant_type", "")) {
            case "authorization_code" -> authorizationCodeGrant(exchange, params, client);
            case "password" -> passwordGrant(exchange, params, client);
            case "client_credentials" -> clientCredentialsGrant(exchange, client);
            default -> json(exchange, 400, Map.of("error", "unsupported_grant_type"));
        }
    }

    private void authorizationCodeGrant(HttpExchange exchange, Map<String, String> params, String[] client)
            throws IOException {
        if (!PORTAL_CLIENT_ID.equals(client[0]) || !PORTAL_CLIENT_SECRET.equals(client[1])) {
            json(exchange, 401, Map.of("error", "invalid_client"));
            return;
        }
        PendingCode pending = codes.remove(params.getOrDefault("code", ""));
        if (pending == null || pending.expiresAt().isBefore(Instant.now())
                || !pending.redirectUri().equals(params.get("redirect_uri"))
                || !pending.codeChallenge().equals(s256(params.getOrDefault("code_verifier", "")))) {
            json(exchange, 400, Map.of("error", "invalid_grant"));
            return;
        }
        JwtClaims idClaims = claims(pending.user(), PORTAL_CLIENT_ID, List.of(PORTAL_CLIENT_ID), ID_TOKEN_SECONDS);
        if (pending.nonce() != null) {
            idClaims.setClaim("nonce", pending.nonce());
        }
        Map<String, Object> response = tokenResponse(pending.user(), PORTAL_CLIENT_ID);
        response.put("id_token", sign(idClaims));
        json(exchange, 200, response);
    }

    private void passwordGrant(HttpExchange exchange, Map<String, String> params, String[] client) throws IOException {
        if (!CLI_CLIENT_ID.equals(client[0])) {
            json(exchange, 401, Map.of("error", "invalid_client"));
            return;
        }
        Optional<DemoUser> user = DemoUser.find(params.getOrDefault("username", ""));
        if (user.isEmpty() || !DemoUser.PASSWORD.equals(params.get("password"))) {
            json(exchange, 400, Map.of("error", "invalid_grant"));
            return;
        }
        json(exchange, 200, tokenResponse(user.get(), CLI_CLIENT_ID));
    }

    private void clientCredentialsGrant(HttpExchange exchange, String[] client) throws IOException {
        if (!PARTNER_APP_CLIENT_ID.equals(client[0]) || !PARTNER_APP_CLIENT_SECRET.equals(client[1])) {
            json(exchange, 401, Map.of("error", "invalid_client"));
            return;
        }
        json(exchange, 200, tokenResponse(DemoUser.PARTNER_APP, PARTNER_APP_CLIENT_ID));
    }

    private void logout(HttpExchange exchange) throws IOException {
        String target = query(exchange.getRequestURI()).get("post_logout_redirect_uri");
        if (target != null && isLoopbackHttp(target)) {
            redirect(exchange, target);
        } else {
            page(exchange, 200, "<p>已退出。Signed out.</p>");
        }
    }

    // --- tokens ---------------------------------------------------------------------------------------------

    private Map<String, Object> tokenResponse(DemoUser user, String clientId) {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("access_token", accessToken(user, clientId));
        response.put("token_type", "Bearer");
        response.put("expires_in", ACCESS_TOKEN_SECONDS);
        return response;
    }

    private JwtClaims claims(DemoUser user, String clientId, List<String> audience, long lifetimeSeconds) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(user.subject());
        claims.setAudience(audience);
        claims.setIssuedAtToNow();
        claims.setNotBeforeMinutesInThePast(1);
        claims.setExpirationTimeMinutesInTheFuture(lifetimeSeconds / 60f);
        claims.setGeneratedJwtId();
        claims.setClaim("azp", clientId);
        claims.setClaim("preferred_username", user.username());
        claims.setClaim("name", user.displayName());
        claims.setClaim("roles", List.of(user.role()));
        if (user.regionCode() != null) {
            claims.setClaim("region_code", user.regionCode());
        }
        if (user.organizationId() != null) {
            claims.setClaim("organization_id", user.organizationId());
        }
        return claims;
    }

    private String sign(JwtClaims claims) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(signingKey.getPrivateKey());
        jws.setKeyIdHeaderValue(signingKey.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Could not sign a demo token", e);
        }
    }

    private static RsaJsonWebKey loadOrCreateKey(Path keyFile) throws IOException {
        try {
            if (Files.exists(keyFile)) {
                return (RsaJsonWebKey) JsonWebKey.Factory.newJwk(Files.readString(keyFile));
            }
            RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
            key.setKeyId("tonghu-demo-" + Long.toHexString(System.currentTimeMillis()));
            key.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
            key.setUse("sig");
            Files.createDirectories(keyFile.getParent());
            Files.writeString(keyFile, key.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE));
            Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
            return key;
        } catch (JoseException e) {
            throw new IOException("Could not read or create the demo signing key " + keyFile, e);
        }
    }

    // --- HTTP helpers ---------------------------------------------------------------------------------------

    private static boolean isPortalRedirect(String uri) {
        return isLoopbackHttp(uri) && URI.create(uri).getPath().startsWith("/portal");
    }

    private static boolean isLoopbackHttp(String uri) {
        try {
            URI parsed = URI.create(uri);
            return "http".equals(parsed.getScheme())
                    && ("localhost".equals(parsed.getHost()) || "127.0.0.1".equals(parsed.getHost()))
                    && parsed.getRawFragment() == null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The client id and secret, from HTTP Basic or the form; the secret may be empty for a public client. */
    private static String[] clientCredentials(HttpExchange exchange, Map<String, String> params) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon > 0) {
                return new String[] { URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                        URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8) };
            }
        }
        return new String[] { params.getOrDefault("client_id", ""), params.getOrDefault("client_secret", "") };
    }

    private String signInPage(Map<String, String> params) {
        StringBuilder hidden = new StringBuilder();
        for (String name : List.of("client_id", "redirect_uri", "response_type", "scope", "state", "nonce",
                "code_challenge", "code_challenge_method")) {
            if (params.get(name) != null) {
                hidden.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"")
                        .append(escape(params.get(name))).append("\">");
            }
        }
        StringBuilder buttons = new StringBuilder();
        for (DemoUser user : DemoUser.ALL) {
            buttons.append("<button type=\"submit\" name=\"username\" value=\"").append(escape(user.username()))
                    .append("\"><strong>").append(escape(user.displayName())).append("</strong><span>")
                    .append(escape(user.username())).append(" · ")
                    .append(escape(user.role())).append("</span></button>");
        }
        return "<h1>童护 · 本地演示登录</h1><p>Tonghu local demo sign-in: choose a demo user.</p>"
                + "<form method=\"post\" action=\"/authorize\">" + hidden + buttons + "</form>";
    }

    private static void page(HttpExchange exchange, int status, String body) throws IOException {
        String html = "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>童护 演示登录</title>"
                + "<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:1rem auto;"
                + "padding:0 1rem;color:#222}"
                + "button{display:block;width:100%;text-align:left;margin:.4rem 0;padding:.7rem;border:1px solid #bbb;"
                + "border-radius:.4rem;background:#fff;font-size:1rem}"
                + "button span{display:block;color:#555;font-size:.85rem}"
                + "</style></head><body>" + body + "</body></html>";
        // A browser applies form-action to the redirect after the post too: the sign-in redirects back to the service
        // on loopback (the only place the demo issuer serves), so those origins are allowed.
        exchange.getResponseHeaders().add("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; "
                + "form-action 'self' http://localhost:* http://127.0.0.1:*; frame-ancestors 'none'");
        send(exchange, status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    private static void redirectWithError(HttpExchange exchange, String redirectUri, String state, String error)
            throws IOException {
        redirect(exchange, redirectUri + (redirectUri.contains("?") ? "&" : "?") + "error=" + error
                + (state == null ? "" : "&state=" + encode(state)));
    }

    private static void json(HttpExchange exchange, int status, Map<String, ?> body) throws IOException {
        send(exchange, status, "application/json",
                JsonUtil.toJson(new HashMap<>(body)).getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Map<String, String> form(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readNBytes(64 * 1024);
        return parameters(new String(body, StandardCharsets.UTF_8));
    }

    private static Map<String, String> query(URI uri) {
        return parameters(uri.getRawQuery());
    }

    private static Map<String, String> parameters(String encoded) {
        Map<String, String> parameters = new HashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return parameters;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            parameters.putIfAbsent(name, value);
        }
        return parameters;
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
