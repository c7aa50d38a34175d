-- When a child entered care (the schedule's first obligation runs from it), and when the child's risk level last
-- changed and from what (a child who becomes high-risk mid-period is held to the stricter schedule from then on).
alter table child
    add column registered_on       date not null default current_date,
    add column risk_level_since    date not null default current_date,
    add column previous_risk_level varchar(10) check (previous_risk_level in ('STANDARD', 'HIGH'));

-- The database keeps the risk history, so that no writer (the service, an import, a COPY) can forget it.
create function child_track_risk_level() returns trigger language plpgsql as $$
begin
    if new.risk_level is distinct from old.risk_level then
        new.previous_risk_level := old.risk_level;
        new.risk_level_since := current_date;
    end if;
    return new;
end
$$;

create trigger child_track_risk_level before update of risk_level on child
    for each row execute function child_track_risk_level();
