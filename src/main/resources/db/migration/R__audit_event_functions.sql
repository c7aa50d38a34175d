-- The audit trail's functions (created by V5): its canonical text, its hash chain and its append-only guard.
-- Repeatable: Flyway runs this file again whenever it changes, after the versioned migrations. Change a function
-- here, in place. Signatures stay: a trigger keeps pointing at its function across a replace, and a new signature is
-- a new function (drop the old one in a versioned migration); a versioned migration that needs a changed function
-- before this file runs must replace the function itself.

-- The canonical text an event's hash covers; the verifier recomputes it the same way.
create or replace function audit_event_canonical(e audit_event) returns text language sql immutable as $$
    select concat_ws('|', e.sequence_number, to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
        e.actor_subject, coalesce(e.actor_username, ''), coalesce(e.organization_id::text, ''),
        coalesce(e.client_id, ''), e.roles, e.operation, e.record_type, e.record_ids, e.fields_revealed, e.result,
        coalesce(e.source_address, ''), coalesce(e.reason, ''), e.previous_hash)
$$;

-- Chains each new event under a transaction-scoped lock, so events are numbered and linked in a single order.
create or replace function audit_event_chain() returns trigger language plpgsql as $$
declare
    last audit_event;
begin
    perform pg_advisory_xact_lock(7410001);
    select * into last from audit_event order by sequence_number desc limit 1;
    new.sequence_number := coalesce(last.sequence_number, 0) + 1;
    new.previous_hash := coalesce(last.hash, repeat('0', 64));
    new.hash := encode(sha256(convert_to(audit_event_canonical(new), 'UTF8')), 'hex');
    return new;
end
$$;

create or replace function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit events are append-only';
end
$$;
