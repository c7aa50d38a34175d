-- Each child's latest current visit by anyone (a partner's too), on the child's schedule row, kept with the rest of the
-- row by refresh_visit_schedule (R__visit_schedule_functions.sql). The files without a visit in a year (the progress
-- report's file completeness, issue 15) read it instead of probing every open file's visits: at 100,000 open files that
-- probe took 2.8 to 3.5 s. The schedule's own last contact and home visit count regional staff's visits only.
-- Filling a province's rows (a million children, 13 million visits) takes longer than the service's statement timeout
-- of 15 s; the setting ends with the migration's transaction.
set local statement_timeout = 0;

alter table visit_schedule add column last_visit_on date;

update visit_schedule s set last_visit_on = latest.visited_on
from (select v.child_id, max(v.visited_on) as visited_on from visit v where v.superseded_by is null
      group by v.child_id) latest
where latest.child_id = s.child_id;

-- the update rewrote every row: without fresh statistics the planner takes the table for twice its size until
-- autovacuum gets to it
analyze visit_schedule;
