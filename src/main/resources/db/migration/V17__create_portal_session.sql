-- Portal sign-in sessions, kept on the server so that signing out, staying idle or reaching the maximum age ends a
-- session on every instance (they share this table). The browser's session cookie holds only a random id: the table
-- keys it by the id's SHA-256 hash (the id itself is never stored). The sign-in tokens are stored as Quarkus OIDC
-- hands them over, each encrypted with the session secret (TONGHU_SESSION_SECRET), so neither a copy of the table
-- nor a copy of the cookie alone opens a session.
create table portal_session (
    id_hash                  bytea primary key check (octet_length(id_hash) = 32),
    id_token                 text not null,
    access_token             text,
    refresh_token            text,
    access_token_expires_in  bigint,
    access_token_scope       varchar(1000),
    created_at               timestamptz not null default now(),
    last_seen_at             timestamptz not null default now(),
    expires_at               timestamptz not null,
    ended_at                 timestamptz,
    end_reason               varchar(10) check (end_reason in ('SIGN_OUT', 'IDLE', 'EXPIRED', 'REPLACED')),
    constraint portal_session_end_has_reason check ((ended_at is null) = (end_reason is null))
);
-- Ended and expired sessions are removed a day later (at a sign-in).
create index portal_session_expires_at_idx on portal_session (expires_at);
create index portal_session_ended_at_idx on portal_session (ended_at) where ended_at is not null;
