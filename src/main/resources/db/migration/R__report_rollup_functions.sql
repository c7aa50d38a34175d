-- The functions that keep the report roll-ups exact (tables and triggers created by V22).
-- Repeatable: Flyway runs this file again whenever it changes, after the versioned migrations. Change a function
-- here, in place. Signatures stay: a trigger keeps pointing at its function across a replace, and a new signature is
-- a new function (drop the old one in a versioned migration).
--
-- Cost per write: every trigger reads only the rows of the children the statement touched (the child rows, their
-- counted visits, the build rows of their villages) and adds the difference it makes to the village's month rows.
-- The larger statements are in plpgsql functions, whose plans a session keeps (a SQL function's are planned anew on
-- every call: 20 ms a recorded visit, most of it planning, before this).

-- A month as visit_due_month counts it: year * 12 + month - 1.
create or replace function report_month(day date) returns int language sql immutable parallel safe as $$
    select date_part('year', day)::int * 12 + date_part('month', day)::int - 1
$$;

-- The last day of such a month.
create or replace function report_month_end(month int) returns date language sql immutable parallel safe as $$
    select (make_date(month / 12, month % 12 + 1, 1) + interval '1 month' - interval '1 day')::date
$$;

-- What these children (each with its months from_month .. through_month; none when through_month is null) add to
-- visit_compliance_month, given these counted visits. The same judgement as the compliance report's direct count
-- (ScheduleStore): at the end of each month, the child is in care if registered by then and not closed by then; the
-- risk level in force then is the current one, or the previous one when it changed after then; the last contact and
-- home visit are the latest counted visits up to then; visit_due_month gives the month each is due, and the child is
-- on time when that is not before the judging month (the month itself, or the month after).
create or replace function visit_compliance_contribution(kids visit_compliance_child[],
                                                         visits visit_compliance_visit[])
returns table (month int, village_code varchar, children bigint, never_visited bigint,
               contact_on_time_within bigint, home_visit_on_time_within bigint, contact_on_time_after bigint,
               home_visit_on_time_after bigint)
language plpgsql stable as $$
#variable_conflict use_column
begin
    return query
    with kid as (
        select k.*, greatest(k.from_month, report_month(k.registered_on)) as first_month
        from unnest(kids) k
        where k.through_month is not null
    ), monthly as (
        -- visits before a child's first month count as in it, so that the running maximum below starts right
        select v.child_id, greatest(report_month(v.visited_on), kid.first_month) as visit_month,
               max(v.visited_on) as last_contact, max(v.visited_on) filter (where v.home_visit) as last_home_visit
        from unnest(visits) v join kid on kid.id = v.child_id
        where report_month(v.visited_on) <= kid.through_month
        group by 1, 2
    ), grid as (
        select kid.id, kid.village_code, kid.registered_on, kid.closed_on, kid.risk_level, kid.previous_risk_level,
               kid.risk_level_since, m.month_index, report_month_end(m.month_index) as month_end,
               max(mo.last_contact) over w as last_contact, max(mo.last_home_visit) over w as last_home_visit
        from kid
        cross join lateral generate_series(kid.first_month, kid.through_month) m (month_index)
        left join monthly mo on mo.child_id = kid.id and mo.visit_month = m.month_index
        window w as (partition by kid.id order by m.month_index)
    ), judged as (
        select g.month_index, g.village_code, g.last_contact is null as never,
               visit_due_month(g.last_contact, g.registered_on, policy.contact_interval_months, g.risk_level_since,
                               previous.contact_interval_months) as contact_due,
               visit_due_month(g.last_home_visit, g.registered_on, policy.home_visit_interval_months,
                               g.risk_level_since, previous.home_visit_interval_months) as home_visit_due
        from grid g
        join visit_policy policy on policy.risk_level = case
            when g.risk_level_since > g.month_end and g.previous_risk_level is not null then g.previous_risk_level
            else g.risk_level end
        left join visit_policy previous on previous.risk_level = case
            when g.risk_level_since <= g.month_end then g.previous_risk_level end
        where g.closed_on is null or g.closed_on > g.month_end
    )
    select j.month_index, j.village_code, count(*), count(*) filter (where j.never),
           count(*) filter (where j.contact_due >= j.month_index),
           count(*) filter (where j.home_visit_due >= j.month_index),
           count(*) filter (where j.contact_due >= j.month_index + 1),
           count(*) filter (where j.home_visit_due >= j.month_index + 1)
    from judged j
    group by j.month_index, j.village_code;
end
$$;

-- These children with the months their villages are built for (children of unbuilt villages left out), the months
-- starting no earlier than changed_from. First takes, for each county of these villages, the lock the roll-up job
-- takes while it builds a village of that county, shared: a write either finishes before a build reads the village or
-- sees the build's result. (By county, not village: a bulk load's transaction then holds a hundred locks, not 20,000.)
create or replace function visit_compliance_built(kids visit_compliance_child[], changed_from int)
returns visit_compliance_child[] language plpgsql as $$
begin
    perform pg_advisory_xact_lock_shared(22, hashtext(county))
    from (select distinct left(k.village_code, 6) as county from unnest(kids) k) counties;
    return array(
        select row(k.id, k.village_code, k.registered_on, k.closed_on, k.risk_level, k.previous_risk_level,
                   k.risk_level_since, greatest(b.from_month, changed_from), b.through_month)::visit_compliance_child
        from unnest(kids) k
        join visit_compliance_build b on b.village_code = k.village_code
        where b.through_month is not null and greatest(b.from_month, changed_from) <= b.through_month);
end
$$;

-- The current rows of these children, as the roll-up judges them (months not yet set).
create or replace function visit_compliance_children(child_ids uuid[]) returns visit_compliance_child[]
language sql stable as $$
    select array(
        select row(c.id, c.residence_village_code, c.registered_on, c.closed_on, c.risk_level, c.previous_risk_level,
                   c.risk_level_since, null, null)::visit_compliance_child
        from child c where c.id = any (child_ids))
$$;

-- The counted visits of these children now: current, by the region's staff (as refresh_visit_schedule counts them).
create or replace function visit_compliance_visits(child_ids uuid[]) returns visit_compliance_visit[]
language sql stable as $$
    select array(
        select row(v.id, v.child_id, v.visited_on, v.kind = 'HOME_VISIT')::visit_compliance_visit
        from visit v
        where v.child_id = any (child_ids) and v.superseded_by is null and v.visitor_role <> 'PARTNER_STAFF')
$$;

-- Adds to visit_compliance_month what these children count now minus what they counted before the write, in
-- (month, village) order so that concurrent writers lock the rows they share in the same order.
create or replace function visit_compliance_apply(now_kids visit_compliance_child[],
                                                  now_visits visit_compliance_visit[],
                                                  then_kids visit_compliance_child[],
                                                  then_visits visit_compliance_visit[]) returns void
language plpgsql as $$
#variable_conflict use_column
begin
    insert into visit_compliance_month as r (month, village_code, children, never_visited, contact_on_time_within,
                                            home_visit_on_time_within, contact_on_time_after,
                                            home_visit_on_time_after)
    select d.month, d.village_code, sum(d.children), sum(d.never_visited), sum(d.contact_on_time_within),
           sum(d.home_visit_on_time_within), sum(d.contact_on_time_after), sum(d.home_visit_on_time_after)
    from (
        select * from visit_compliance_contribution(now_kids, now_visits)
        union all
        select t.month, t.village_code, -t.children, -t.never_visited, -t.contact_on_time_within,
               -t.home_visit_on_time_within, -t.contact_on_time_after, -t.home_visit_on_time_after
        from visit_compliance_contribution(then_kids, then_visits) t) d
    group by d.month, d.village_code
    having sum(d.children) <> 0 or sum(d.never_visited) <> 0 or sum(d.contact_on_time_within) <> 0
        or sum(d.home_visit_on_time_within) <> 0 or sum(d.contact_on_time_after) <> 0
        or sum(d.home_visit_on_time_after) <> 0
    order by d.month, d.village_code
    on conflict (month, village_code) do update set
        children = r.children + excluded.children,
        never_visited = r.never_visited + excluded.never_visited,
        contact_on_time_within = r.contact_on_time_within + excluded.contact_on_time_within,
        home_visit_on_time_within = r.home_visit_on_time_within + excluded.home_visit_on_time_within,
        contact_on_time_after = r.contact_on_time_after + excluded.contact_on_time_after,
        home_visit_on_time_after = r.home_visit_on_time_after + excluded.home_visit_on_time_after;
end
$$;

-- Visits changed (recorded, or corrected: the old row gets superseded_by, a new row is inserted): the children's
-- counts with their visits now, minus with the visits before the statement (now's, less the new rows, plus the old
-- rows as they counted). Only the months from the earliest changed visit on can change.
create or replace function visit_compliance_of_changed_visits(child_ids uuid[], changed_from int,
                                                              changed_visit_ids uuid[],
                                                              old_visits visit_compliance_visit[]) returns void
language plpgsql as $$
declare
    kids visit_compliance_child[];
    now_visits visit_compliance_visit[];
begin
    kids := visit_compliance_built(visit_compliance_children(child_ids), changed_from);
    if cardinality(kids) = 0 then
        return;
    end if;
    now_visits := visit_compliance_visits(child_ids);
    perform visit_compliance_apply(kids, now_visits, kids,
        array(select v from unnest(now_visits) v where v.id <> all (changed_visit_ids)) || old_visits);
end
$$;

create or replace function visit_compliance_of_inserted_visits() returns trigger language plpgsql as $$
begin
    perform visit_compliance_of_changed_visits(
        array(select distinct child_id from changed_rows),
        (select min(report_month(visited_on)) from changed_rows),
        array(select id from changed_rows),
        '{}');
    return null;
end
$$;

create or replace function visit_compliance_of_updated_visits() returns trigger language plpgsql as $$
begin
    perform visit_compliance_of_changed_visits(
        array(select child_id from new_rows union select child_id from old_rows),
        (select min(report_month(visited_on)) from (select visited_on from new_rows
                                                   union all select visited_on from old_rows) changed),
        array(select id from new_rows),
        array(select row(o.id, o.child_id, o.visited_on, o.kind = 'HOME_VISIT')::visit_compliance_visit
              from old_rows o where o.superseded_by is null and o.visitor_role <> 'PARTNER_STAFF'));
    return null;
end
$$;

-- Children changed: their counts as they are now minus as they were (where they live, when registered or closed,
-- their risk levels), with their visits (unchanged by the statement). Rows whose judged columns did not change are
-- left alone; every month of the window can change.
create or replace function visit_compliance_of_changed_children(now_kids visit_compliance_child[],
                                                                then_kids visit_compliance_child[]) returns void
language plpgsql as $$
declare
    built_now visit_compliance_child[];
    built_then visit_compliance_child[];
    child_ids uuid[];
begin
    built_now := visit_compliance_built(now_kids, 0);
    built_then := visit_compliance_built(then_kids, 0);
    if cardinality(built_now) = 0 and cardinality(built_then) = 0 then
        return;
    end if;
    child_ids := array(select k.id from unnest(now_kids) k union select k.id from unnest(then_kids) k);
    perform visit_compliance_apply(built_now, visit_compliance_visits(child_ids), built_then,
                                   visit_compliance_visits(child_ids));
end
$$;

-- village_child_count: adds so many open files and high-risk open files to these villages, in village order.
create or replace function village_child_count_add(villages varchar[], open_files int[], high_risk int[])
returns void language sql as $$
    insert into village_child_count as r (village_code, open_files, high_risk)
    select d.village, sum(d.open_files), sum(d.high_risk)
    from unnest(villages, open_files, high_risk) as d (village, open_files, high_risk)
    group by d.village
    having sum(d.open_files) <> 0 or sum(d.high_risk) <> 0
    order by d.village
    on conflict (village_code) do update set
        open_files = r.open_files + excluded.open_files,
        high_risk = r.high_risk + excluded.high_risk
$$;

-- A bulk load that counts its villages itself (the demo data generator, on several connections whose transactions last
-- the whole load and would wait on each other's village rows) says so with set_config('tonghu.village_counts_deferred',
-- 'on', true): the per-village counts of inserted children and categories are then left to it.
create or replace function report_rollups_of_inserted_children() returns trigger language plpgsql as $$
begin
    if current_setting('tonghu.village_counts_deferred', true) is distinct from 'on' then
        perform village_child_count_add(
            array(select n.residence_village_code from new_rows n where n.status = 'ACTIVE'),
            array(select 1 from new_rows n where n.status = 'ACTIVE'),
            array(select (n.risk_level = 'HIGH')::int from new_rows n where n.status = 'ACTIVE'));
    end if;
    perform visit_compliance_of_changed_children(array(
        select row(n.id, n.residence_village_code, n.registered_on, n.closed_on, n.risk_level, n.previous_risk_level,
                   n.risk_level_since, null, null)::visit_compliance_child from new_rows n), '{}');
    return null;
end
$$;

create or replace function report_rollups_of_updated_children() returns trigger language plpgsql as $$
declare
    villages varchar[];
    categories varchar[];
    open_files int[];
    high_risk int[];
begin
    -- open files: the changed rows' new state counts in, their old state out
    select array_agg(d.village), array_agg(d.open_files), array_agg(d.high_risk) into villages, open_files, high_risk
    from (
        select n.residence_village_code as village, 1 as open_files, (n.risk_level = 'HIGH')::int as high_risk
        from new_rows n join old_rows o on o.id = n.id
        where n.status = 'ACTIVE' and (n.residence_village_code, n.status, n.risk_level)
              is distinct from (o.residence_village_code, o.status, o.risk_level)
        union all
        select o.residence_village_code, -1, -(o.risk_level = 'HIGH')::int
        from new_rows n join old_rows o on o.id = n.id
        where o.status = 'ACTIVE' and (n.residence_village_code, n.status, n.risk_level)
              is distinct from (o.residence_village_code, o.status, o.risk_level)) d;
    if villages is not null then
        perform village_child_count_add(villages, open_files, high_risk);
    end if;
    -- children by category: the categories of the children whose village or status changed move with them
    select array_agg(d.village), array_agg(d.category), array_agg(d.open_files) into villages, categories, open_files
    from (
        select n.residence_village_code as village, cc.category, 1 as open_files
        from new_rows n join old_rows o on o.id = n.id join child_category cc on cc.child_id = n.id
        where n.status = 'ACTIVE' and (n.residence_village_code, n.status)
              is distinct from (o.residence_village_code, o.status)
        union all
        select o.residence_village_code, cc.category, -1
        from new_rows n join old_rows o on o.id = n.id join child_category cc on cc.child_id = n.id
        where o.status = 'ACTIVE' and (n.residence_village_code, n.status)
              is distinct from (o.residence_village_code, o.status)) d;
    if villages is not null then
        perform village_category_count_add(villages, categories, open_files);
    end if;
    -- compliance: only the rows whose judged columns changed
    perform visit_compliance_of_changed_children(
        array(select row(n.id, n.residence_village_code, n.registered_on, n.closed_on, n.risk_level,
                         n.previous_risk_level, n.risk_level_since, null, null)::visit_compliance_child
              from new_rows n join old_rows o on o.id = n.id
              where (n.residence_village_code, n.registered_on, n.closed_on, n.risk_level, n.previous_risk_level,
                     n.risk_level_since) is distinct from (o.residence_village_code, o.registered_on, o.closed_on,
                     o.risk_level, o.previous_risk_level, o.risk_level_since)),
        array(select row(o.id, o.residence_village_code, o.registered_on, o.closed_on, o.risk_level,
                         o.previous_risk_level, o.risk_level_since, null, null)::visit_compliance_child
              from new_rows n join old_rows o on o.id = n.id
              where (n.residence_village_code, n.registered_on, n.closed_on, n.risk_level, n.previous_risk_level,
                     n.risk_level_since) is distinct from (o.residence_village_code, o.registered_on, o.closed_on,
                     o.risk_level, o.previous_risk_level, o.risk_level_since)));
    return null;
end
$$;

create or replace function report_rollups_of_deleted_children() returns trigger language plpgsql as $$
begin
    perform village_child_count_add(array(select o.residence_village_code from old_rows o where o.status = 'ACTIVE'),
        array(select -1 from old_rows o where o.status = 'ACTIVE'),
        array(select -(o.risk_level = 'HIGH')::int from old_rows o where o.status = 'ACTIVE'));
    perform visit_compliance_of_changed_children('{}', array(
        select row(o.id, o.residence_village_code, o.registered_on, o.closed_on, o.risk_level, o.previous_risk_level,
                   o.risk_level_since, null, null)::visit_compliance_child from old_rows o));
    return null;
end
$$;

-- A policy change changes every judgement: every village is unbuilt until the roll-up job builds it again (reports
-- count directly meanwhile).
create or replace function visit_compliance_of_policy_change() returns trigger language plpgsql as $$
begin
    update visit_compliance_build set through_month = null where through_month is not null;
    return null;
end
$$;

-- Builds the rows of every region under a code prefix (a township's 9 digits, say: the children living there) for the
-- months months_from .. months_through, in one statement, and returns how many children it counted. The caller (the
-- roll-up job, ScheduleStore) holds the county's lock (pg_advisory_xact_lock(22, hashtext(the first 6 digits))) for
-- the transaction, so no write to those children is in flight; the build rows are locked too, so that a policy change
-- waits for the build or the build for it.
create or replace function visit_compliance_build_under(prefix varchar, months_from int, months_through int)
returns int language plpgsql as $$
declare
    child_ids uuid[];
begin
    insert into visit_compliance_build (village_code)
    select r.code from region r where r.code like prefix || '%' order by r.code
    on conflict do nothing;
    perform 1 from visit_compliance_build b where b.village_code like prefix || '%' order by b.village_code for update;
    delete from visit_compliance_month m where m.village_code like prefix || '%';
    child_ids := array(select c.id from child c where c.residence_village_code like prefix || '%');
    insert into visit_compliance_month (month, village_code, children, never_visited, contact_on_time_within,
                                        home_visit_on_time_within, contact_on_time_after, home_visit_on_time_after)
    select * from visit_compliance_contribution(
        array(select row(k.id, k.village_code, k.registered_on, k.closed_on, k.risk_level, k.previous_risk_level,
                         k.risk_level_since, months_from, months_through)::visit_compliance_child
              from unnest(visit_compliance_children(child_ids)) k),
        visit_compliance_visits(child_ids));
    update visit_compliance_build b set from_month = months_from, through_month = months_through, built_at = now()
    where b.village_code like prefix || '%';
    return cardinality(child_ids);
end
$$;

-- visit_schedule.village_code: the village the schedule's child lives in, read from the child's own row.
create or replace function visit_schedule_takes_village() returns trigger language plpgsql as $$
begin
    new.village_code := (select c.residence_village_code from child c where c.id = new.child_id);
    return new;
end
$$;

-- village_category_count: adds so many open files to these villages and categories, in key order.
create or replace function village_category_count_add(villages varchar[], categories varchar[], open_files int[])
returns void language sql as $$
    insert into village_category_count as r (village_code, category, open_files)
    select d.village, d.category, sum(d.open_files)
    from unnest(villages, categories, open_files) as d (village, category, open_files)
    group by d.village, d.category
    having sum(d.open_files) <> 0
    order by d.village, d.category
    on conflict (village_code, category) do update set open_files = r.open_files + excluded.open_files
$$;

create or replace function village_category_count_of_inserted_categories() returns trigger language plpgsql as $$
declare
    villages varchar[];
    categories varchar[];
begin
    if current_setting('tonghu.village_counts_deferred', true) = 'on' then
        return null;
    end if;
    select array_agg(c.residence_village_code), array_agg(n.category) into villages, categories
    from new_rows n join child c on c.id = n.child_id
    where c.status = 'ACTIVE';
    if villages is not null then
        perform village_category_count_add(villages, categories, array_fill(1, array[cardinality(villages)]));
    end if;
    return null;
end
$$;

-- Rows deleted with their child (on delete cascade) find no child here: the child's own delete trigger took them out.
create or replace function village_category_count_of_deleted_categories() returns trigger language plpgsql as $$
declare
    villages varchar[];
    categories varchar[];
begin
    select array_agg(c.residence_village_code), array_agg(o.category) into villages, categories
    from old_rows o join child c on c.id = o.child_id
    where c.status = 'ACTIVE';
    if villages is not null then
        perform village_category_count_add(villages, categories, array_fill(-1, array[cardinality(villages)]));
    end if;
    return null;
end
$$;

-- A child deleted (never by the service; a cleanup): its categories leave the counts before the cascade deletes them.
create or replace function village_category_count_of_deleted_child() returns trigger language plpgsql as $$
begin
    if old.status = 'ACTIVE' then
        perform village_category_count_add(array(select old.residence_village_code from child_category cc
                                                 where cc.child_id = old.id),
                                           array(select cc.category from child_category cc where cc.child_id = old.id),
                                           array(select -1 from child_category cc where cc.child_id = old.id));
    end if;
    return old;
end
$$;
