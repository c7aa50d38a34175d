-- The function that keeps a child's risk history (created by V8).
-- Repeatable: Flyway runs this file again whenever it changes, after the versioned migrations. Change a function
-- here, in place. Signatures stay: a trigger keeps pointing at its function across a replace, and a new signature is
-- a new function (drop the old one in a versioned migration); a versioned migration that needs a changed function
-- before this file runs must replace the function itself.

-- The database keeps the risk history, so that no writer (the service, an import, a COPY) can forget it.
create or replace function child_track_risk_level() returns trigger language plpgsql as $$
begin
    if new.risk_level is distinct from old.risk_level then
        new.previous_risk_level := old.risk_level;
        new.risk_level_since := current_date;
    end if;
    return new;
end
$$;
