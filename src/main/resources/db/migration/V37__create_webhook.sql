-- Webhooks for third-party apps (issue 16): an app subscribes a callback URL of its organization to event kinds; an
-- event writes one delivery per matching subscription into an outbox in the event's own transaction; a worker sends
-- the deliveries, signed, retried with backoff, and logs each attempt.
create table webhook_subscription (
    id                      uuid primary key,
    -- The organization the subscribing app acts for: it alone sees and changes the subscription.
    organization_id         uuid not null references organization (id),
    -- The OAuth client that subscribed (the data-sharing agreement it works under is the client's).
    client_id               varchar(255) not null,
    callback_url            varchar(2000) not null,
    event_kinds             varchar(40)[] not null check (cardinality(event_kinds) between 1 and 4
                                and event_kinds <@ array['REFERRAL_RECEIVED', 'REFERRAL_ANSWERED',
                                    'ACTIVITY_PUBLISHED', 'REPORT_ACKNOWLEDGED']::varchar(40)[]),
    -- The signing secret, as WebhookSecrets keeps it: "aes-gcm:<base64>" encrypted with the configured key, or
    -- "plain:<secret>" without one. It must be recoverable: an HMAC is made with the secret itself.
    secret_sealed           varchar(500) not null,
    secret_rotated_at       timestamptz,
    status                  varchar(10) not null check (status in ('ACTIVE', 'PAUSED', 'DELETED')),
    description             varchar(200),
    created_by_subject      varchar(255) not null,
    deleted_at              timestamptz,
    created_at              timestamptz not null default now(),
    updated_at              timestamptz not null default now(),
    version                 bigint not null default 0,
    constraint webhook_subscription_deleted check ((status = 'DELETED') = (deleted_at is not null))
);
-- The outbox's look-up of an event's subscribers, and the organization's list.
create index webhook_subscription_organization_idx on webhook_subscription (organization_id, created_at, id)
    where status <> 'DELETED';

-- One event to send to one subscription.
create table webhook_delivery (
    id                      uuid primary key,
    subscription_id         uuid not null references webhook_subscription (id),
    -- The event's id, the same in every subscription's delivery of it: receivers drop repeats by it.
    event_id                uuid not null,
    event_kind              varchar(40) not null,
    -- The JSON body sent (ids and kinds only, never a child's personal data).
    payload                 text not null,
    occurred_at             timestamptz not null,
    status                  varchar(10) not null check (status in ('PENDING', 'DELIVERED', 'DEAD')),
    -- Attempts in all, and since the delivery was last queued (by the event or a replay): the backoff and the cap
    -- count the latter.
    attempts                integer not null default 0 check (attempts >= 0),
    round_attempts          integer not null default 0 check (round_attempts between 0 and attempts),
    -- When a pending delivery is due next; while a worker sends it, the end of the worker's lease.
    next_attempt_at         timestamptz not null,
    delivered_at            timestamptz,
    last_status_code        integer,
    last_error_class        varchar(100),
    created_at              timestamptz not null default now(),
    constraint webhook_delivery_once_per_event unique (subscription_id, event_id),
    constraint webhook_delivery_delivered check ((status = 'DELIVERED') = (delivered_at is not null))
);
-- What the worker claims: pending deliveries by due time.
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at, id) where status = 'PENDING';
-- A subscription's deliveries, the latest first (lists, replays).
create index webhook_delivery_subscription_idx on webhook_delivery (subscription_id, occurred_at desc, id desc);

-- Each attempt to send a delivery: how it went, never the body sent or received.
create table webhook_attempt (
    id                      uuid primary key,
    delivery_id             uuid not null references webhook_delivery (id),
    attempt_number          integer not null check (attempt_number >= 1),
    attempted_at            timestamptz not null,
    status_code             integer,
    duration_millis         integer not null check (duration_millis >= 0),
    -- The kind of failure (HttpTimeoutException, ConnectException, TARGET_NOT_ALLOWED, HTTP_503...), none on success.
    error_class             varchar(100),
    succeeded               boolean not null,
    constraint webhook_attempt_once unique (delivery_id, attempt_number)
);
