-- Roll-ups that let province-wide reports read thousands of pre-counted rows instead of a million children (issue 13).
-- Both are kept exact by statement-level triggers on the writes that change them; a write reads only its own
-- children's rows. The functions are in R__report_rollup_functions.sql (this file creates placeholders so that the
-- triggers can be created; Flyway runs the repeatable file right after).

-- Visit compliance by village and month: for each month M, the children of a village (where they live now) in care at
-- the end of M, judged from their visits up to the end of M by visit_due_month under the current policy, both as of M
-- itself ("within": a report of the period in progress, judged in its month) and as of the month after ("after": a
-- report of a period that ended with M, judged the next month). Kept for a window of months per village
-- (from_month .. through_month in visit_compliance_build); the service's rollup job builds a village's rows and
-- extends the window ahead of the calendar, and the triggers keep every built village current. A report reads it
-- only where every region under the asked one is built for the month, and otherwise counts the children directly.
create table visit_compliance_month (
    month                      int not null,
    village_code               varchar(12) collate "C" not null,
    children                   int not null,
    never_visited              int not null,
    contact_on_time_within     int not null,
    home_visit_on_time_within  int not null,
    contact_on_time_after      int not null,
    home_visit_on_time_after   int not null,
    primary key (month, village_code)
);

-- Which months each region's row of visit_compliance_month covers (a region code, usually a village: the children
-- living exactly there). No row, or a null through_month, means not built: the report counts directly. A policy change
-- clears through_month everywhere (every judgement changes), and the job rebuilds.
create table visit_compliance_build (
    village_code  varchar(12) collate "C" primary key,
    from_month    int,
    through_month int,
    built_at      timestamptz
);

-- A child as the roll-up judges it, with the months to count (from_month .. through_month).
create type visit_compliance_child as (
    id                  uuid,
    village_code        varchar(12),
    registered_on       date,
    closed_on           date,
    risk_level          varchar(10),
    previous_risk_level varchar(10),
    risk_level_since    date,
    from_month          int,
    through_month       int
);

-- A visit that counts for the schedule (current, not by partner staff).
create type visit_compliance_visit as (
    id          uuid,
    child_id    uuid,
    visited_on  date,
    home_visit  boolean
);

-- Children with an open file and high-risk children with an open file, by the village they live in: the director
-- staffing and caseload reports (counts only). Exact, kept by the triggers on child.
create table village_child_count (
    village_code varchar(12) collate "C" primary key,
    open_files   int not null,
    high_risk    int not null
);
insert into village_child_count (village_code, open_files, high_risk)
select residence_village_code, count(*) filter (where status = 'ACTIVE'),
       count(*) filter (where status = 'ACTIVE' and risk_level = 'HIGH')
from child group by residence_village_code;

create function visit_compliance_of_inserted_visits() returns trigger language plpgsql as $$
begin
    return null;
end
$$;
create function visit_compliance_of_updated_visits() returns trigger language plpgsql as $$
begin
    return null;
end
$$;
create function report_rollups_of_inserted_children() returns trigger language plpgsql as $$
begin
    return null;
end
$$;
create function report_rollups_of_updated_children() returns trigger language plpgsql as $$
begin
    return null;
end
$$;
create function report_rollups_of_deleted_children() returns trigger language plpgsql as $$
begin
    return null;
end
$$;
create function visit_compliance_of_policy_change() returns trigger language plpgsql as $$
begin
    return null;
end
$$;

create trigger visit_inserted_updates_compliance after insert on visit referencing new table as changed_rows
    for each statement execute function visit_compliance_of_inserted_visits();
create trigger visit_updated_updates_compliance after update on visit
    referencing old table as old_rows new table as new_rows
    for each statement execute function visit_compliance_of_updated_visits();
create trigger child_inserted_updates_rollups after insert on child referencing new table as new_rows
    for each statement execute function report_rollups_of_inserted_children();
create trigger child_updated_updates_rollups after update on child
    referencing old table as old_rows new table as new_rows
    for each statement execute function report_rollups_of_updated_children();
create trigger child_deleted_updates_rollups after delete on child referencing old table as old_rows
    for each statement execute function report_rollups_of_deleted_children();
create trigger visit_policy_updated_clears_compliance after update on visit_policy
    for each statement execute function visit_compliance_of_policy_change();

-- The village each schedule's child lives in, copied by a trigger whenever the schedule is written
-- (refresh_visit_schedule rewrites it whenever the child changes), so that a county's work list walks its own index in
-- due order instead of probing a child for every schedule of the province. visit_schedule is derived data: it is
-- copied with the new column in four statements (a quarter of the children each, by a hash of the id: generated ids
-- share their leading digits) and swapped in, which at a million children keeps every statement well inside the
-- statement timeout (updating the rows in place took 6 s for each sixteenth on a busy machine).
create table visit_schedule_with_village (like visit_schedule including defaults);
alter table visit_schedule_with_village add column village_code varchar(12) collate "C";
insert into visit_schedule_with_village
select s.*, c.residence_village_code from visit_schedule s join child c on c.id = s.child_id
where hashtext(s.child_id::text) & 3 = 0;
insert into visit_schedule_with_village
select s.*, c.residence_village_code from visit_schedule s join child c on c.id = s.child_id
where hashtext(s.child_id::text) & 3 = 1;
insert into visit_schedule_with_village
select s.*, c.residence_village_code from visit_schedule s join child c on c.id = s.child_id
where hashtext(s.child_id::text) & 3 = 2;
insert into visit_schedule_with_village
select s.*, c.residence_village_code from visit_schedule s join child c on c.id = s.child_id
where hashtext(s.child_id::text) & 3 = 3;
drop table visit_schedule;
alter table visit_schedule_with_village rename to visit_schedule;
alter table visit_schedule add constraint visit_schedule_pkey primary key (child_id);
alter table visit_schedule add constraint visit_schedule_child_id_fkey foreign key (child_id) references child (id)
    on delete cascade;
create index visit_schedule_next_due_idx on visit_schedule (next_due_on, child_id);
create index visit_schedule_county_due_idx on visit_schedule (left(village_code, 6), next_due_on, child_id);
analyze visit_schedule;

create function visit_schedule_takes_village() returns trigger language plpgsql as $$
begin
    return new;
end
$$;
create trigger visit_schedule_takes_village before insert or update on visit_schedule
    for each row execute function visit_schedule_takes_village();

-- Children with an open file by village and category: the dashboard's children by category. Exact, kept by the
-- triggers on child and child_category.
create table village_category_count (
    village_code varchar(12) collate "C" not null,
    category     varchar(30) not null,
    open_files   int not null,
    primary key (village_code, category)
);
insert into village_category_count (village_code, category, open_files)
select c.residence_village_code, cc.category, count(*)
from child c join child_category cc on cc.child_id = c.id
where c.status = 'ACTIVE'
group by c.residence_village_code, cc.category;

create function village_category_count_of_inserted_categories() returns trigger language plpgsql as $$
begin
    return null;
end
$$;
create function village_category_count_of_deleted_categories() returns trigger language plpgsql as $$
begin
    return null;
end
$$;
create trigger child_category_inserted_updates_counts after insert on child_category
    referencing new table as new_rows
    for each statement execute function village_category_count_of_inserted_categories();
create trigger child_category_deleted_updates_counts after delete on child_category
    referencing old table as old_rows
    for each statement execute function village_category_count_of_deleted_categories();
create function village_category_count_of_deleted_child() returns trigger language plpgsql as $$
begin
    return old;
end
$$;
create trigger child_deleted_takes_categories_out before delete on child
    for each row execute function village_category_count_of_deleted_child();
