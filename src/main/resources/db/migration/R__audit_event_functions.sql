-- The audit trail's functions (created by V5 and V21): its canonical texts, its hash chain, the sealer that links
-- committed events into it and its append-only guards.
-- Repeatable: Flyway runs this file again whenever it changes, after the versioned migrations. Change a function
-- here, in place. Signatures stay: a trigger keeps pointing at its function across a replace, and a new signature is
-- a new function (drop the old one in a versioned migration); a versioned migration that needs a changed function
-- before this file runs must replace the function itself.
--
-- How the chain is built (since V21; before it, the insert trigger chained each event under a lock that every audited
-- transaction held until it ended, so all of them ran one after the other):
--   1. An event is inserted in the transaction of the work it records, with no lock: the insert trigger
--      (audit_event_chain) gives it its content hash, a SHA-256 over its insertion id and content.
--   2. The sealer (audit_event_seal) runs in a short transaction of its own, one at a time across instances (row lock
--      on audit_seal_state). It takes the committed events not yet sealed in id order and links them after the end
--      of the chain: sequence number, previous hash, and hash = SHA-256 over sequence number, content hash and
--      previous hash. An event whose transaction commits after a sealing simply gets a later position, whatever its
--      id: the chain's order is the order of sealing, and a sealed event never moves.
--   3. The verifier (org.tonghu.audit.AuditChainVerifier) recomputes each sealed event's content hash and link, finds a
--      gap in the sequence numbers and checks the chain's end against audit_seal_state.
-- The window that remains: between an event's commit and its sealing (about a second while the service runs) a
-- superuser who bypasses the triggers can remove the event without a trace, as sequence ids have gaps anyway (rolled
-- back transactions). Changing it in that window is found, by its content hash, unless the content hash is forged too.

-- The canonical text an event chained before V21 hashes (with its sequence number and previous hash); the verifier
-- recomputes it the same way for those events.
create or replace function audit_event_canonical(e audit_event) returns text language sql immutable as $$
    select concat_ws('|', e.sequence_number, to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
        e.actor_subject, coalesce(e.actor_username, ''), coalesce(e.organization_id::text, ''),
        coalesce(e.client_id, ''), e.roles, e.operation, e.record_type, e.record_ids, e.fields_revealed, e.result,
        coalesce(e.source_address, ''), coalesce(e.reason, ''), e.previous_hash)
$$;

-- The text an event's content hash covers (events since V21): its insertion id and everything it records.
create or replace function audit_event_content(e audit_event) returns text language sql immutable as $$
    select concat_ws('|', e.id, to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
        e.actor_subject, coalesce(e.actor_username, ''), coalesce(e.organization_id::text, ''),
        coalesce(e.client_id, ''), e.roles, e.operation, e.record_type, e.record_ids, e.fields_revealed, e.result,
        coalesce(e.source_address, ''), coalesce(e.reason, ''))
$$;

-- The hash of a link of the chain (events since V21): its position, its event's content hash, the previous link.
create or replace function audit_event_link_hash(sequence_number bigint, content_hash text, previous_hash text)
        returns text language sql immutable as $$
    select encode(sha256(convert_to(concat_ws('|', sequence_number, coalesce(content_hash, ''), previous_hash),
        'UTF8')), 'hex')
$$;

-- Gives each new event its content hash, and no place in the chain yet: the sealer links it once it is committed.
-- Takes no lock, so audited transactions never wait for each other here.
create or replace function audit_event_chain() returns trigger language plpgsql as $$
begin
    new.sequence_number := null;
    new.previous_hash := null;
    new.hash := null;
    new.content_hash := encode(sha256(convert_to(audit_event_content(new), 'UTF8')), 'hex');
    return new;
end
$$;

-- Links up to max_events committed events not yet sealed, in id order, after the end of the chain, and moves the
-- chain's end in audit_seal_state; returns how many it sealed. One sealer at a time: with wait, it waits for a sealer
-- at work elsewhere (then seals what that one left); without, it returns -1 at once. Each statement sees the events
-- committed before it started (read committed), so an event committed later is sealed by a later call.
create or replace function audit_event_seal(max_events integer, wait boolean) returns integer
        language plpgsql as $$
declare
    state audit_seal_state;
    event record;
    next_sequence bigint;
    chain_hash text;
    ids bigint[] := '{}';
    sequence_numbers bigint[] := '{}';
    previous_hashes text[] := '{}';
    hashes text[] := '{}';
begin
    if wait then
        select * into state from audit_seal_state for update;
    else
        select * into state from audit_seal_state for update skip locked;
        if not found then
            return -1;
        end if;
    end if;
    next_sequence := state.last_sequence_number;
    chain_hash := state.last_hash;
    for event in
        select e.id, e.content_hash from audit_event e where e.sequence_number is null order by e.id limit max_events
    loop
        next_sequence := next_sequence + 1;
        ids := ids || event.id;
        sequence_numbers := sequence_numbers || next_sequence;
        previous_hashes := previous_hashes || chain_hash;
        chain_hash := audit_event_link_hash(next_sequence, event.content_hash, chain_hash);
        hashes := hashes || chain_hash;
    end loop;
    if cardinality(ids) = 0 then
        return 0;
    end if;
    perform set_config('tonghu.audit_sealing', 'on', true);
    update audit_event e
    set sequence_number = s.sequence_number, previous_hash = s.previous_hash, hash = s.hash
    from unnest(ids, sequence_numbers, previous_hashes, hashes) as s(id, sequence_number, previous_hash, hash)
    where e.id = s.id and e.sequence_number is null;
    update audit_seal_state
    set last_sequence_number = next_sequence, last_hash = chain_hash, sealed_at = clock_timestamp();
    perform set_config('tonghu.audit_sealing', 'off', true);
    return cardinality(ids);
end
$$;

-- Events are never changed or removed. The one update let through is the sealer's (audit_event_seal): filling the
-- empty chain columns of an event not yet sealed, every other column unchanged.
create or replace function audit_event_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and current_setting('tonghu.audit_sealing', true) = 'on'
            and old.sequence_number is null and old.previous_hash is null and old.hash is null
            and new.sequence_number is not null and new.previous_hash is not null and new.hash is not null
            and to_jsonb(new) - array['sequence_number', 'previous_hash', 'hash', 'record_id_list']
                = to_jsonb(old) - array['sequence_number', 'previous_hash', 'hash', 'record_id_list'] then
        return new;
    end if;
    raise exception 'audit events are append-only';
end
$$;

-- The seal state moves forward only, by the sealer: the chain's end grows, where the old chain ended stays.
create or replace function audit_seal_state_forward_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and current_setting('tonghu.audit_sealing', true) = 'on'
            and new.id = old.id and new.last_sequence_number > old.last_sequence_number
            and new.legacy_last_sequence_number = old.legacy_last_sequence_number then
        return new;
    end if;
    raise exception 'the audit seal state only moves forward';
end
$$;
