-- The audit trail: every access to a child's data, reads included. Append-only for the service's role, and a hash
-- chain (each event's hash covers the previous event's hash) lets a verifier find any changed or removed event.
create table audit_event (
    id              bigserial primary key,
    sequence_number bigint not null unique,
    occurred_at     timestamptz not null,
    actor_subject   varchar(100) not null,
    actor_username  varchar(100),
    organization_id uuid,
    client_id       varchar(100),
    roles           varchar(300) not null,
    operation       varchar(60) not null,
    record_type     varchar(30) not null,
    record_ids      text not null,
    fields_revealed varchar(300) not null default '',
    result          varchar(20) not null check (result in ('SUCCESS', 'DENIED', 'NOT_FOUND', 'INVALID', 'CONFLICT')),
    source_address  varchar(64),
    reason          varchar(500),
    previous_hash   varchar(64) not null,
    hash            varchar(64) not null
);
create index audit_event_occurred_idx on audit_event (occurred_at, sequence_number);

-- The canonical text an event's hash covers; the verifier recomputes it the same way.
create function audit_event_canonical(e audit_event) returns text language sql immutable as $$
    select concat_ws('|', e.sequence_number, to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
        e.actor_subject, coalesce(e.actor_username, ''), coalesce(e.organization_id::text, ''),
        coalesce(e.client_id, ''), e.roles, e.operation, e.record_type, e.record_ids, e.fields_revealed, e.result,
        coalesce(e.source_address, ''), coalesce(e.reason, ''), e.previous_hash)
$$;

-- Chains each new event under a transaction-scoped lock, so events are numbered and linked in a single order.
create function audit_event_chain() returns trigger language plpgsql as $$
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
create trigger audit_event_chain before insert on audit_event for each row execute function audit_event_chain();

create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit events are append-only';
end
$$;
create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_event_append_only();

-- The service's role may insert and read events, never change or remove them.
revoke update, delete, truncate on audit_event from current_user;
