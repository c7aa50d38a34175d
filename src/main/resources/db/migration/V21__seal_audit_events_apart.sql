-- Issue 13: an audited transaction no longer takes a lock that serialises every audited transaction in the province.
-- Until now the insert trigger numbered and chained each event under pg_advisory_xact_lock(7410001), held until the
-- transaction ended, so every read and write of the whole service queued on it. From now on:
--   * an event is written in the work's transaction with its own content hash (audit_event.content_hash, over its
--     insertion id and content, audit_event_content) and no lock; sequence_number, previous_hash and hash stay empty;
--   * a sealer (audit_event_seal, one at a time across instances through a row lock on audit_seal_state, called
--     every second by the service, in a short transaction of its own) links the committed events into the same hash
--     chain: sequence number, previous hash, and hash = sha256(sequence number | content hash | previous hash),
--     continuing from the last event chained under the old lock;
--   * the append-only guard lets through one update only: the sealer filling the empty chain columns of an event.
-- Events chained before this migration keep their sequence numbers and hashes, which cover their whole canonical
-- text (audit_event_canonical); audit_seal_state.legacy_last_sequence_number says up to where, so the verifier checks
-- them as before. The functions are in R__audit_event_functions.sql. Metadata changes only, besides one index.

alter table audit_event
    alter column sequence_number drop not null,
    alter column previous_hash drop not null,
    alter column hash drop not null,
    add column content_hash varchar(64);

-- Chain columns are all set (sealed) or all empty (not yet sealed); an event of either era can be verified.
alter table audit_event
    add constraint audit_event_chain_complete
        check ((sequence_number is null) = (hash is null) and (hash is null) = (previous_hash is null)),
    add constraint audit_event_verifiable check (content_hash is not null or sequence_number is not null);

-- The sealer's work list: the events not yet sealed, in insertion order.
create index audit_event_unsealed_idx on audit_event (id) where sequence_number is null;

-- Where the chain ends: the sealer's single row, locked while it seals, so that one sealer works at a time.
create table audit_seal_state (
    id                          boolean primary key default true check (id),
    last_sequence_number        bigint not null check (last_sequence_number >= 0),
    last_hash                   varchar(64) not null,
    legacy_last_sequence_number bigint not null,
    sealed_at                   timestamptz not null
);
insert into audit_seal_state (last_sequence_number, last_hash, legacy_last_sequence_number, sealed_at)
select coalesce(last.sequence_number, 0), coalesce(last.hash, repeat('0', 64)), coalesce(last.sequence_number, 0),
       now()
from (select 1) one
left join lateral (select e.sequence_number, e.hash from audit_event e order by e.sequence_number desc limit 1) last
    on true;

-- The seal state only moves forward and is never removed (audit_seal_state_forward_only, in the R file).
create function audit_seal_state_forward_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit seal state only moves forward';
end
$$;
create trigger audit_seal_state_forward_only before update or delete on audit_seal_state
    for each row execute function audit_seal_state_forward_only();
revoke insert, delete, truncate on audit_seal_state from current_user;

-- The service's role may fill the chain columns (the append-only trigger allows it only for events not yet sealed,
-- and only by the sealer); no other column, and never a removal.
grant update (sequence_number, previous_hash, hash) on audit_event to current_user;
