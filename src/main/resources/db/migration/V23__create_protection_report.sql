-- Mandatory reports (强制报告, policy §6): a report about a registered child, or about a child described but not
-- yet registered, is routed when filed to the receiving bodies of the child's county (public security, civil
-- affairs, education), one receipt each with a deadline to acknowledge. A receipt not acknowledged in time
-- escalates to the city's and then the province's civil affairs, once per level (enforced here). Also the Quartz
-- scheduler's tables (its JDBC job store, clustered), from Quartz 2.5's tables_postgres.sql, so that the
-- escalation job runs on one instance at a time.

create table protection_report (
    id                          uuid primary key,
    child_id                    uuid references child (id),
    -- The child as described by the reporter when not registered; kept after a link, as the report's history.
    child_name                  varchar(50),
    child_approximate_age       smallint check (child_approximate_age between 0 and 17),
    child_region_code           varchar(12) collate "C" not null references region (code),
    guardian_description        varchar(200),
    county_code                 varchar(12) collate "C" not null references region (code),
    category                    varchar(30) not null check (category in ('PHYSICAL_ABUSE', 'SEXUAL_ABUSE', 'NEGLECT',
                                    'ABANDONMENT', 'BULLYING', 'SELF_HARM_RISK', 'DANGEROUS_ENVIRONMENT',
                                    'MISSING_CHILD', 'OTHER')),
    observed                    varchar(2000) not null,
    discovered_at               timestamptz not null,
    immediate_danger            boolean not null,
    action_taken                varchar(1000),
    reporter_subject            varchar(255) not null,
    reporter_name               varchar(50) not null,
    reporter_organization_id    uuid references organization (id),
    reporter_region_code        varchar(12) collate "C" references region (code),
    filed_at                    timestamptz not null,
    linked_at                   timestamptz,
    linked_by_name              varchar(50),
    created_at                  timestamptz not null default now(),
    updated_at                  timestamptz not null default now(),
    version                     bigint not null default 0,
    constraint protection_report_names_a_child check (child_id is not null or child_name is not null),
    constraint protection_report_link_recorded check ((linked_at is null) = (linked_by_name is null)),
    constraint protection_report_discovered_before_filed check (discovered_at <= filed_at + interval '5 minutes')
);
create index protection_report_reporter_idx on protection_report (reporter_subject, filed_at desc, id);
create index protection_report_county_idx on protection_report (county_code, filed_at desc, id);
create index protection_report_child_idx on protection_report (child_id) where child_id is not null;

-- One row per receiving organization of a report.
create table protection_report_receipt (
    id                      uuid primary key,
    report_id               uuid not null references protection_report (id),
    organization_id         uuid not null references organization (id),
    receiver_kind           varchar(30) not null
                                check (receiver_kind in ('PUBLIC_SECURITY', 'CIVIL_AFFAIRS', 'EDUCATION')),
    status                  varchar(15) not null check (status in ('OPEN', 'ACKNOWLEDGED', 'CLOSED')),
    acknowledge_by          timestamptz not null,
    acknowledged_at         timestamptz,
    acknowledged_by_name    varchar(50),
    outcome                 varchar(1000),
    closed_at               timestamptz,
    closed_by_name          varchar(50),
    created_at              timestamptz not null default now(),
    updated_at              timestamptz not null default now(),
    version                 bigint not null default 0,
    constraint protection_report_receipt_once unique (report_id, organization_id),
    constraint protection_report_receipt_acknowledged check ((status = 'OPEN') = (acknowledged_at is null)),
    constraint protection_report_receipt_closed
        check ((status = 'CLOSED') = (outcome is not null and closed_at is not null))
);
create index protection_report_receipt_organization_idx on protection_report_receipt (organization_id, status);
create index protection_report_receipt_report_idx on protection_report_receipt (report_id);
create index protection_report_receipt_open_idx on protection_report_receipt (acknowledge_by) where status = 'OPEN';

-- What a receiver (or civil affairs) did, in order.
create table protection_report_step (
    id                      uuid primary key,
    report_id               uuid not null references protection_report (id),
    receipt_id              uuid references protection_report_receipt (id),
    taken_at                timestamptz not null,
    description             varchar(1000) not null,
    recorded_by_name        varchar(50) not null,
    recorded_by_subject     varchar(255) not null,
    recorded_at             timestamptz not null
);
create index protection_report_step_report_idx on protection_report_step (report_id, taken_at, id);

-- A receipt not acknowledged in time, escalated to the civil affairs of a level above the county: at most once per
-- level, whatever number of scheduler instances or runs.
create table protection_report_escalation (
    id              uuid primary key,
    receipt_id      uuid not null references protection_report_receipt (id),
    level           varchar(10) not null check (level in ('CITY', 'PROVINCE')),
    region_code     varchar(12) collate "C" not null references region (code),
    escalated_at    timestamptz not null,
    constraint protection_report_escalation_once unique (receipt_id, level)
);
create index protection_report_escalation_region_idx on protection_report_escalation (region_code, level);

-- Where reports go, set by the province: for a kind of receiver, the organization serving children of a region (a
-- county, a city or the province); the route of the deepest region containing the child's county wins. Without a
-- route, the organizations of that kind of the county receive, or else of the nearest region above it.
create table report_routing (
    region_code         varchar(12) collate "C" not null references region (code),
    receiver_kind       varchar(30) not null check (receiver_kind in ('PUBLIC_SECURITY', 'CIVIL_AFFAIRS', 'EDUCATION')),
    organization_id     uuid not null references organization (id),
    updated_by_name     varchar(50) not null,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    version             bigint not null default 0,
    primary key (region_code, receiver_kind)
);

-- Quartz 2.5 JDBC job store (PostgreSQL delegate), unchanged but for the drop statements and the final commit.
CREATE TABLE QRTZ_JOB_DETAILS
(
  SCHED_NAME        VARCHAR(120) NOT NULL,
  JOB_NAME          VARCHAR(200) NOT NULL,
  JOB_GROUP         VARCHAR(200) NOT NULL,
  DESCRIPTION       VARCHAR(250) NULL,
  JOB_CLASS_NAME    VARCHAR(250) NOT NULL,
  IS_DURABLE        BOOL         NOT NULL,
  IS_NONCONCURRENT  BOOL         NOT NULL,
  IS_UPDATE_DATA    BOOL         NOT NULL,
  REQUESTS_RECOVERY BOOL         NOT NULL,
  JOB_DATA          BYTEA        NULL,
  PRIMARY KEY (SCHED_NAME, JOB_NAME, JOB_GROUP)
);

CREATE TABLE QRTZ_TRIGGERS
(
  SCHED_NAME     VARCHAR(120) NOT NULL,
  TRIGGER_NAME   VARCHAR(200) NOT NULL,
  TRIGGER_GROUP  VARCHAR(200) NOT NULL,
  JOB_NAME       VARCHAR(200) NOT NULL,
  JOB_GROUP      VARCHAR(200) NOT NULL,
  DESCRIPTION    VARCHAR(250) NULL,
  NEXT_FIRE_TIME BIGINT       NULL,
  PREV_FIRE_TIME BIGINT       NULL,
  PRIORITY       INTEGER      NULL,
  TRIGGER_STATE  VARCHAR(16)  NOT NULL,
  TRIGGER_TYPE   VARCHAR(8)   NOT NULL,
  START_TIME     BIGINT       NOT NULL,
  END_TIME       BIGINT       NULL,
  CALENDAR_NAME  VARCHAR(200) NULL,
  MISFIRE_INSTR  SMALLINT     NULL,
  JOB_DATA       BYTEA        NULL,
  PRIMARY KEY (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP),
  FOREIGN KEY (SCHED_NAME, JOB_NAME, JOB_GROUP)
  REFERENCES QRTZ_JOB_DETAILS (SCHED_NAME, JOB_NAME, JOB_GROUP)
);

CREATE TABLE QRTZ_SIMPLE_TRIGGERS
(
  SCHED_NAME      VARCHAR(120) NOT NULL,
  TRIGGER_NAME    VARCHAR(200) NOT NULL,
  TRIGGER_GROUP   VARCHAR(200) NOT NULL,
  REPEAT_COUNT    BIGINT       NOT NULL,
  REPEAT_INTERVAL BIGINT       NOT NULL,
  TIMES_TRIGGERED BIGINT       NOT NULL,
  PRIMARY KEY (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP),
  FOREIGN KEY (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP)
  REFERENCES QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP)
);

CREATE TABLE QRTZ_CRON_TRIGGERS
(
  SCHED_NAME      VARCHAR(120) NOT NULL,
  TRIGGER_NAME    VARCHAR(200) NOT NULL,
  TRIGGER_GROUP   VARCHAR(200) NOT NULL,
  CRON_EXPRESSION VARCHAR(120) NOT NULL,
  TIME_ZONE_ID    VARCHAR(80),
  PRIMARY KEY (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP),
  FOREIGN KEY (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP)
  REFERENCES QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP)
);

CREATE TABLE QRTZ_SIMPROP_TRIGGERS
(
  SCHED_NAME    VARCHAR(120)   NOT NULL,
  TRIGGER_NAME  VARCHAR(200)   NOT NULL,
  TRIGGER_GROUP VARCHAR(200)   NOT NULL,
  STR_PROP_1    VARCHAR(512)   NULL,
  STR_PROP_2    VARCHAR(512)   NULL,
  STR_PROP_3    VARCHAR(512)   NULL,
  INT_PROP_1    INT            NULL,
  INT_PROP_2    INT            NULL,
  LONG_PROP_1   BIGINT         NULL,
  LONG_PROP_2   BIGINT         NULL,
  DEC_PROP_1    NUMERIC(13, 4) NULL,
  DEC_PROP_2    NUMERIC(13, 4) NULL,
  BOOL_PROP_1   BOOL           NULL,
  BOOL_PROP_2   BOOL           NULL,
  PRIMARY KEY (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP),
  FOREIGN KEY (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP)
  REFERENCES QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP)
);

CREATE TABLE QRTZ_BLOB_TRIGGERS
(
  SCHED_NAME    VARCHAR(120) NOT NULL,
  TRIGGER_NAME  VARCHAR(200) NOT NULL,
  TRIGGER_GROUP VARCHAR(200) NOT NULL,
  BLOB_DATA     BYTEA        NULL,
  PRIMARY KEY (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP),
  FOREIGN KEY (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP)
  REFERENCES QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP)
);

CREATE TABLE QRTZ_CALENDARS
(
  SCHED_NAME    VARCHAR(120) NOT NULL,
  CALENDAR_NAME VARCHAR(200) NOT NULL,
  CALENDAR      BYTEA        NOT NULL,
  PRIMARY KEY (SCHED_NAME, CALENDAR_NAME)
);


CREATE TABLE QRTZ_PAUSED_TRIGGER_GRPS
(
  SCHED_NAME    VARCHAR(120) NOT NULL,
  TRIGGER_GROUP VARCHAR(200) NOT NULL,
  PRIMARY KEY (SCHED_NAME, TRIGGER_GROUP)
);

CREATE TABLE QRTZ_FIRED_TRIGGERS
(
  SCHED_NAME        VARCHAR(120) NOT NULL,
  ENTRY_ID          VARCHAR(95)  NOT NULL,
  TRIGGER_NAME      VARCHAR(200) NOT NULL,
  TRIGGER_GROUP     VARCHAR(200) NOT NULL,
  INSTANCE_NAME     VARCHAR(200) NOT NULL,
  FIRED_TIME        BIGINT       NOT NULL,
  SCHED_TIME        BIGINT       NOT NULL,
  PRIORITY          INTEGER      NOT NULL,
  STATE             VARCHAR(16)  NOT NULL,
  JOB_NAME          VARCHAR(200) NULL,
  JOB_GROUP         VARCHAR(200) NULL,
  IS_NONCONCURRENT  BOOL         NULL,
  REQUESTS_RECOVERY BOOL         NULL,
  PRIMARY KEY (SCHED_NAME, ENTRY_ID)
);

CREATE TABLE QRTZ_SCHEDULER_STATE
(
  SCHED_NAME        VARCHAR(120) NOT NULL,
  INSTANCE_NAME     VARCHAR(200) NOT NULL,
  LAST_CHECKIN_TIME BIGINT       NOT NULL,
  CHECKIN_INTERVAL  BIGINT       NOT NULL,
  PRIMARY KEY (SCHED_NAME, INSTANCE_NAME)
);

CREATE TABLE QRTZ_LOCKS
(
  SCHED_NAME VARCHAR(120) NOT NULL,
  LOCK_NAME  VARCHAR(40)  NOT NULL,
  PRIMARY KEY (SCHED_NAME, LOCK_NAME)
);

CREATE INDEX IDX_QRTZ_J_REQ_RECOVERY
  ON QRTZ_JOB_DETAILS (SCHED_NAME, REQUESTS_RECOVERY);
CREATE INDEX IDX_QRTZ_J_GRP
  ON QRTZ_JOB_DETAILS (SCHED_NAME, JOB_GROUP);

CREATE INDEX IDX_QRTZ_T_J
  ON QRTZ_TRIGGERS (SCHED_NAME, JOB_NAME, JOB_GROUP);
CREATE INDEX IDX_QRTZ_T_JG
  ON QRTZ_TRIGGERS (SCHED_NAME, JOB_GROUP);
CREATE INDEX IDX_QRTZ_T_C
  ON QRTZ_TRIGGERS (SCHED_NAME, CALENDAR_NAME);
CREATE INDEX IDX_QRTZ_T_G
  ON QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_GROUP);
CREATE INDEX IDX_QRTZ_T_STATE
  ON QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_STATE);
CREATE INDEX IDX_QRTZ_T_N_STATE
  ON QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP, TRIGGER_STATE);
CREATE INDEX IDX_QRTZ_T_N_G_STATE
  ON QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_GROUP, TRIGGER_STATE);
CREATE INDEX IDX_QRTZ_T_NEXT_FIRE_TIME
  ON QRTZ_TRIGGERS (SCHED_NAME, NEXT_FIRE_TIME);
CREATE INDEX IDX_QRTZ_T_NFT_ST
  ON QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_STATE, NEXT_FIRE_TIME);
CREATE INDEX IDX_QRTZ_T_NFT_MISFIRE
  ON QRTZ_TRIGGERS (SCHED_NAME, MISFIRE_INSTR, NEXT_FIRE_TIME);
CREATE INDEX IDX_QRTZ_T_NFT_ST_MISFIRE
  ON QRTZ_TRIGGERS (SCHED_NAME, MISFIRE_INSTR, NEXT_FIRE_TIME, TRIGGER_STATE);
CREATE INDEX IDX_QRTZ_T_NFT_ST_MISFIRE_GRP
  ON QRTZ_TRIGGERS (SCHED_NAME, MISFIRE_INSTR, NEXT_FIRE_TIME, TRIGGER_GROUP, TRIGGER_STATE);

CREATE INDEX IDX_QRTZ_FT_TRIG_INST_NAME
  ON QRTZ_FIRED_TRIGGERS (SCHED_NAME, INSTANCE_NAME);
CREATE INDEX IDX_QRTZ_FT_INST_JOB_REQ_RCVRY
  ON QRTZ_FIRED_TRIGGERS (SCHED_NAME, INSTANCE_NAME, REQUESTS_RECOVERY);
CREATE INDEX IDX_QRTZ_FT_J_G
  ON QRTZ_FIRED_TRIGGERS (SCHED_NAME, JOB_NAME, JOB_GROUP);
CREATE INDEX IDX_QRTZ_FT_JG
  ON QRTZ_FIRED_TRIGGERS (SCHED_NAME, JOB_GROUP);
CREATE INDEX IDX_QRTZ_FT_T_G
  ON QRTZ_FIRED_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP);
CREATE INDEX IDX_QRTZ_FT_TG
  ON QRTZ_FIRED_TRIGGERS (SCHED_NAME, TRIGGER_GROUP);


