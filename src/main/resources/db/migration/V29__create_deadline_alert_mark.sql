-- Alerts caused by time (issue 14): the deadline-alert job (org.tonghu.notification.DeadlineAlerts) asks each feature's
-- source for the deadlines that came near or passed since its mark, sends their alerts and moves the mark, in one
-- transaction holding the mark's row; "runs" counts the runs, so two instances running every run show as twice as many.
create table deadline_alert_mark (
    source          varchar(60) primary key,
    checked_until   timestamptz not null,
    runs            bigint not null default 0,
    updated_at      timestamptz not null default now()
);

-- The referrals' source reads the pending referrals by the moment their answer is due.
create index referral_pending_respond_by_idx on referral (respond_by) where status = 'PENDING';

-- Quartz makes its two lock rows on first use. Two instances starting together both tried to insert them; one failed,
-- and with its insert failed inside the start's transaction the whole instance failed to start (seen when
-- DeadlineAlertsAcrossInstancesIT started two at once). The rows exist here before any instance starts; the name is
-- quarkus.quartz.instance-name's.
insert into qrtz_locks (sched_name, lock_name) values
    ('QuarkusQuartzScheduler', 'STATE_ACCESS'),
    ('QuarkusQuartzScheduler', 'TRIGGER_ACCESS')
on conflict do nothing;
