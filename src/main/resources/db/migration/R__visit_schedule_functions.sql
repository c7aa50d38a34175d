-- The visit schedule's rule and the functions that keep it current (created by V10).
-- Repeatable: Flyway runs this file again whenever it changes, after the versioned migrations. Change a function
-- here, in place. Signatures stay: a trigger keeps pointing at its function across a replace, and a new signature is
-- a new function (drop the old one in a versioned migration); a versioned migration that needs a changed function
-- before this file runs must replace the function itself.

-- The schedule rule, in one place: in which month the next visit of a kind is due (its last day is the due date).
-- Months are counted from year 0 (year * 12 + month - 1), so a period of n months aligned to January is an integer
-- division by n; integer arithmetic keeps reports over a county's children fast.
-- * After a visit, the next one is due by the end of the period after the visit's period.
-- * A child is first due by the end of the period in which they were registered.
-- * When the risk level changed to a shorter interval, the stricter schedule starts with the period of the change
--   (due by its end), unless the child was already overdue under the old schedule, which then still holds.
create or replace function visit_due_month(last_visit date, registered_on date, interval_months int,
                                           risk_changed_on date, previous_interval_months int) returns int
language sql immutable parallel safe as $$
    select greatest(
        ((date_part('year', last_visit)::int * 12 + date_part('month', last_visit)::int - 1) / interval_months + 2)
            * interval_months - 1,
        ((date_part('year', registered_on)::int * 12 + date_part('month', registered_on)::int - 1)
            / interval_months + 1) * interval_months - 1,
        case when previous_interval_months > interval_months
                  and (last_visit is null or last_visit < risk_changed_on) then
            least(
                ((date_part('year', risk_changed_on)::int * 12 + date_part('month', risk_changed_on)::int - 1)
                    / interval_months + 1) * interval_months - 1,
                greatest(
                    ((date_part('year', last_visit)::int * 12 + date_part('month', last_visit)::int - 1)
                        / previous_interval_months + 2) * previous_interval_months - 1,
                    ((date_part('year', registered_on)::int * 12 + date_part('month', registered_on)::int - 1)
                        / previous_interval_months + 1) * previous_interval_months - 1))
        end)
$$;

-- The due date: the last day of the month visit_due_month gives. One expression without FROM, so that PostgreSQL
-- inlines it (and visit_due_month in it) into the calling query: with a FROM clause every call went through the SQL
-- function executor, about half the time of computing a child's schedule.
create or replace function visit_due_on(last_visit date, registered_on date, interval_months int,
                                        risk_changed_on date, previous_interval_months int) returns date
language sql immutable parallel safe as $$
    select (make_date(visit_due_month(last_visit, registered_on, interval_months, risk_changed_on,
                                      previous_interval_months) / 12,
                      visit_due_month(last_visit, registered_on, interval_months, risk_changed_on,
                                      previous_interval_months) % 12 + 1, 1)
            + interval '1 month' - interval '1 day')::date
$$;

-- Recomputes the schedule of the given children (all children when null). Only current (not superseded) visits of
-- regional staff count: a partner's visit is recorded in the file but does not discharge the director's duty. The
-- latest current visit by anyone is kept beside (last_visit_on: whether the file holds a visit in a year).
create or replace function refresh_visit_schedule(child_ids uuid[]) returns void language plpgsql as $$
begin
    -- One list of children to refresh, so that the filter below is a plain "id = any": the index on child's id then
    -- finds the few children a write touched (a filter "null or any" read every child on every visit).
    if child_ids is null then
        child_ids := array(select id from child);
    end if;
    insert into visit_schedule as s (child_id, contact_interval_months, home_visit_interval_months, last_contact_on,
                                     last_home_visit_on, contact_due_on, home_visit_due_on, next_due_on, computed_at,
                                     last_visit_on)
    select c.id, p.contact_interval_months, p.home_visit_interval_months, contact.last_contact, home.last_home_visit,
           d.contact_due, d.home_visit_due, least(d.contact_due, d.home_visit_due), now(), anyone.last_visit
    from child c
    join visit_policy p on p.risk_level = c.risk_level
    left join visit_policy previous on previous.risk_level = c.previous_risk_level
    -- The latest contact and home visit, each read from the end of the child's current visits by date
    -- (visit_child_current_idx, index only): a child's whole history was aggregated on every visit recorded. Joins,
    -- not scalar subqueries, so that visit_due_on below gets plain columns and is inlined.
    left join lateral (
        select visited_on as last_contact from visit
        where child_id = c.id and superseded_by is null and visitor_role <> 'PARTNER_STAFF'
        order by visited_on desc limit 1) contact on true
    left join lateral (
        select visited_on as last_home_visit from visit
        where child_id = c.id and superseded_by is null and visitor_role <> 'PARTNER_STAFF' and kind = 'HOME_VISIT'
        order by visited_on desc limit 1) home on true
    left join lateral (
        select visited_on as last_visit from visit
        where child_id = c.id and superseded_by is null
        order by visited_on desc limit 1) anyone on true
    cross join lateral (
        select visit_due_on(contact.last_contact, c.registered_on, p.contact_interval_months, c.risk_level_since,
                            previous.contact_interval_months) as contact_due,
               visit_due_on(home.last_home_visit, c.registered_on, p.home_visit_interval_months,
                            c.risk_level_since, previous.home_visit_interval_months) as home_visit_due) d
    where c.id = any (child_ids)
    on conflict (child_id) do update set
        contact_interval_months = excluded.contact_interval_months,
        home_visit_interval_months = excluded.home_visit_interval_months,
        last_contact_on = excluded.last_contact_on,
        last_home_visit_on = excluded.last_home_visit_on,
        contact_due_on = excluded.contact_due_on,
        home_visit_due_on = excluded.home_visit_due_on,
        next_due_on = excluded.next_due_on,
        computed_at = excluded.computed_at,
        last_visit_on = excluded.last_visit_on;
end
$$;

-- The triggers on visit and child refresh the schedule of the rows a statement wrote, unless the transaction said
-- it refreshes them itself (set_config('tonghu.visit_schedule_deferred', 'on', true)): a bulk load (the demo data
-- generator) copies children and visits in batches and computes each batch's schedule once, after its visits are in,
-- instead of once for the children and again for their visits. The setting ends with the transaction.
create or replace function refresh_visit_schedule_of_changed_children() returns trigger language plpgsql as $$
begin
    if current_setting('tonghu.visit_schedule_deferred', true) is distinct from 'on' then
        perform refresh_visit_schedule(array(select distinct child_id from changed_rows));
    end if;
    return null;
end
$$;

create or replace function refresh_visit_schedule_of_changed_child_rows() returns trigger language plpgsql as $$
begin
    if current_setting('tonghu.visit_schedule_deferred', true) is distinct from 'on' then
        perform refresh_visit_schedule(array(select id from changed_rows));
    end if;
    return null;
end
$$;

create or replace function refresh_visit_schedule_of_all_children() returns trigger language plpgsql as $$
begin
    perform refresh_visit_schedule(null);
    return null;
end
$$;
