-- File spot checks (抽查, policy §9): each year a county or city draws a sample of child files per township, scores
-- each file against a checklist and sends failed items back as rectification tasks (整改) to the child's director.
-- The draw is reproducible: the files of a township are ordered by md5(seed || child id) and the first n taken, over
-- the children whose file was open on population_on; anyone with the seed gets the same sample.
create table spot_check (
    id                   uuid primary key,
    region_code          varchar(12) collate "C" not null references region (code),
    year                 int not null check (year between 2000 and 2100),
    files_per_township   int not null check (files_per_township between 1 and 1000),
    seed                 varchar(64) not null check (seed ~ '^[A-Za-z0-9_-]{1,64}$'),
    population_on        date not null,
    opened_by_name       varchar(50) not null,
    opened_by_subject    varchar(255) not null,
    opened_at            timestamptz not null,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now(),
    version              bigint not null default 0,
    constraint spot_check_once_a_year unique (region_code, year)
);
create index spot_check_opened_idx on spot_check (opened_at desc, id desc);

-- One drawn file. The three items the data answers are pre-filled when the file is drawn (the data as it stood).
create table spot_check_file (
    id                    uuid primary key,
    spot_check_id         uuid not null references spot_check (id),
    child_id              uuid not null references child (id),
    township_code         varchar(12) collate "C" not null,
    village_code          varchar(12) collate "C" not null,
    draw_rank             int not null check (draw_rank >= 1),
    position              varchar(20) collate "C" generated always as
                              (township_code || lpad(draw_rank::text, 5, '0')) stored,
    guardians_recorded    boolean not null,
    visits_on_schedule    boolean not null,
    concerns_followed_up  boolean not null,
    score                 int check (score between 0 and 100),
    passed                boolean,
    scored_by_name        varchar(50),
    scored_at             timestamptz,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now(),
    version               bigint not null default 0,
    constraint spot_check_file_once unique (spot_check_id, child_id),
    constraint spot_check_file_rank_once unique (spot_check_id, township_code, draw_rank),
    constraint spot_check_file_scored_together check (
        (score is null) = (passed is null) and (score is null) = (scored_at is null)
        and (score is null) = (scored_by_name is null))
);
create index spot_check_file_position_idx on spot_check_file (spot_check_id, position, id);
create index spot_check_file_village_idx on spot_check_file (village_code) where scored_at is not null;

-- The checklist of a scored file, one row per item. prefilled is what the data said (null for items only the checker
-- can judge); the checker overrides it only with a note.
create table spot_check_item (
    file_id    uuid not null references spot_check_file (id),
    item       varchar(30) not null check (item in ('GUARDIANS_RECORDED', 'VISITS_ON_SCHEDULE',
                   'CONCERNS_FOLLOWED_UP', 'CARE_PLAN_PRESENT', 'INFORMATION_ACCURATE', 'SIGNATURES_PRESENT',
                   'PHOTOS_PRESENT')),
    prefilled  boolean,
    passed     boolean not null,
    note       varchar(500),
    primary key (file_id, item),
    constraint spot_check_item_override_has_note check (prefilled is null or passed = prefilled or note is not null)
);

-- A failed item sent back to the child's village director: OPEN -> DONE (the director, with a note) -> CONFIRMED
-- (the checker), or back to OPEN (reopened by the checker, with a note and a new deadline).
create table rectification_task (
    id                        uuid primary key,
    spot_check_id             uuid not null references spot_check (id),
    file_id                   uuid not null,
    item                      varchar(30) not null,
    child_id                  uuid not null references child (id),
    village_code              varchar(12) collate "C" not null,
    director_appointment_id   uuid references appointment (id),
    director_name             varchar(50),
    due_on                    date not null,
    status                    varchar(10) not null check (status in ('OPEN', 'DONE', 'CONFIRMED')),
    done_note                 varchar(1000),
    done_by_name              varchar(50),
    done_at                   timestamptz,
    confirmed_by_name         varchar(50),
    confirmed_at              timestamptz,
    reopen_note               varchar(1000),
    created_at                timestamptz not null default now(),
    updated_at                timestamptz not null default now(),
    version                   bigint not null default 0,
    constraint rectification_task_once unique (file_id, item),
    constraint rectification_task_of_item foreign key (file_id, item) references spot_check_item (file_id, item),
    constraint rectification_task_done_has_note check (status = 'OPEN' or (done_note is not null
        and done_at is not null)),
    constraint rectification_task_confirmed_by check ((status = 'CONFIRMED') = (confirmed_at is not null))
);
create index rectification_task_village_idx on rectification_task (village_code, due_on, id);
create index rectification_task_open_idx on rectification_task (due_on, id) where status <> 'CONFIRMED';
