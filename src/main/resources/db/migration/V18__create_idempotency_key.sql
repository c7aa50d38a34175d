-- Idempotency keys of creating mutations: a client that retries a create with the same Idempotency-Key gets the
-- first result (kept here as JSON) instead of a second record. One row per caller, key and mutation (the field and
-- its place in the document), written in the same transaction as what the mutation creates. Rows are kept for
-- tonghu.idempotency.retention (24 hours by default) and then purged.
create table idempotency_key (
    subject        varchar(255) not null,
    client_key     varchar(100) not null,
    operation      varchar(300) not null,
    arguments_hash varchar(64) not null,
    result         text,
    created_at     timestamptz not null,
    primary key (subject, client_key, operation)
);
create index idempotency_key_created_idx on idempotency_key (created_at);
