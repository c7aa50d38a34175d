package org.tonghu.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.oidc.AuthorizationCodeTokens;

/**
 * The {@code portal_session} table: one row per signed-in browser, keyed by the SHA-256 hash of the random id its
 * cookie holds. Every check reads the table (no cache), so a session ended on one instance is refused by all.
 * Plain JDBC with single auto-committed statements: it runs on a worker thread inside the sign-in mechanism,
 * outside any request transaction.
 */
@ApplicationScoped
class PortalSessionStore {

    /** Why a session ended. */
    enum EndReason {
        SIGN_OUT, IDLE, EXPIRED, REPLACED
    }

    /** An active session: its tokens (each encrypted by Quarkus OIDC), when it began and when it must end. */
    record ActiveSession(AuthorizationCodeTokens tokens, Instant createdAt, Instant expiresAt) {
    }

    /** last_seen_at is written at most this often, not on every request. */
    static final long TOUCH_INTERVAL_SECONDS = 60;
    /** Ended and expired rows are kept this long (for an operator's look), then removed at a sign-in. */
    static final long RETENTION_SECONDS = 24 * 3600;

    private final DataSource dataSource;
    private final PortalSessionSettings settings;
    private final SecureRandom random = new SecureRandom();

    PortalSessionStore(DataSource dataSource, PortalSessionSettings settings) {
        this.dataSource = dataSource;
        this.settings = settings;
    }

    /**
     * Stores a new session and returns its id (what the cookie holds). When it replaces a session of the same
     * browser (a token refresh), the sign-in time and maximum age carry over: a refresh never extends a session.
     * Removes rows that ended or expired more than a day ago on the way.
     */
    String createSession(AuthorizationCodeTokens tokens, Optional<ActiveSession> replaced) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement cleanup = connection.prepareStatement("delete from portal_session "
                    + "where ended_at < statement_timestamp() - make_interval(secs => ?) "
                    + "or expires_at < statement_timestamp() - make_interval(secs => ?)")) {
                cleanup.setLong(1, RETENTION_SECONDS);
                cleanup.setLong(2, RETENTION_SECONDS);
                cleanup.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into portal_session "
                    + "(id_hash, id_token, access_token, refresh_token, access_token_expires_in, access_token_scope, "
                    + "created_at, last_seen_at, expires_at) values (?, ?, ?, ?, ?, ?, "
                    + "coalesce(?, statement_timestamp()), statement_timestamp(), "
                    + "coalesce(?, statement_timestamp() + make_interval(secs => ?)))")) {
                insert.setBytes(1, hash(id));
                insert.setString(2, tokens.getIdToken());
                insert.setString(3, tokens.getAccessToken());
                insert.setString(4, tokens.getRefreshToken());
                insert.setObject(5, tokens.getAccessTokenExpiresIn(), java.sql.Types.BIGINT);
                insert.setString(6, tokens.getAccessTokenScope());
                insert.setTimestamp(7, replaced.map(session -> Timestamp.from(session.createdAt())).orElse(null));
                insert.setTimestamp(8, replaced.map(session -> Timestamp.from(session.expiresAt())).orElse(null));
                insert.setLong(9, settings.maxAge().toSeconds());
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store a portal session", e);
        }
        return id;
    }

    /**
     * The session with this id if it is still active: not ended, used within the idle timeout, not past its maximum
     * age. A session found idle or too old is ended here; an active one is marked as seen (at most once a minute).
     */
    Optional<ActiveSession> findActiveSession(String id) {
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        byte[] idHash = hash(id);
        try (Connection connection = dataSource.getConnection()) {
            boolean idle;
            boolean expired;
            boolean stale;
            ActiveSession session;
            try (PreparedStatement select = connection.prepareStatement("select id_token, access_token, refresh_token, "
                    + "access_token_expires_in, access_token_scope, created_at, expires_at, "
                    + "last_seen_at <= statement_timestamp() - make_interval(secs => ?) as idle, "
                    + "expires_at <= statement_timestamp() as expired, "
                    + "last_seen_at <= statement_timestamp() - make_interval(secs => ?) as stale "
                    + "from portal_session where id_hash = ? and ended_at is null")) {
                select.setLong(1, settings.idleTimeout().toSeconds());
                select.setLong(2, TOUCH_INTERVAL_SECONDS);
                select.setBytes(3, idHash);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    AuthorizationCodeTokens tokens = new AuthorizationCodeTokens(row.getString("id_token"),
                            row.getString("access_token"), row.getString("refresh_token"),
                            row.getObject("access_token_expires_in", Long.class), row.getString("access_token_scope"));
                    session = new ActiveSession(tokens, row.getTimestamp("created_at").toInstant(),
                            row.getTimestamp("expires_at").toInstant());
                    idle = row.getBoolean("idle");
                    expired = row.getBoolean("expired");
                    stale = row.getBoolean("stale");
                }
            }
            if (expired || idle) {
                end(connection, idHash, expired ? EndReason.EXPIRED : EndReason.IDLE);
                return Optional.empty();
            }
            if (stale) {
                try (PreparedStatement touch = connection.prepareStatement("update portal_session "
                        + "set last_seen_at = statement_timestamp() where id_hash = ? and ended_at is null")) {
                    touch.setBytes(1, idHash);
                    touch.executeUpdate();
                }
            }
            return Optional.of(session);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read a portal session", e);
        }
    }

    /** Ends the session with this id, if it is still active. */
    void endSession(String id, EndReason reason) {
        if (id == null || id.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            end(connection, hash(id), reason);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not end a portal session", e);
        }
    }

    private static void end(Connection connection, byte[] idHash, EndReason reason) throws SQLException {
        try (PreparedStatement end = connection.prepareStatement("update portal_session "
                + "set ended_at = statement_timestamp(), end_reason = ? where id_hash = ? and ended_at is null")) {
            end.setString(1, reason.name());
            end.setBytes(2, idHash);
            end.executeUpdate();
        }
    }

    private static byte[] hash(String id) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
