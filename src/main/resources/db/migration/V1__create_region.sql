-- The administrative hierarchy, keyed by the 12-digit statistical region code.
-- The code's significant prefix is the hierarchy: "everything under 140521000000" is code LIKE '140521%',
-- an index range scan on the primary key because the column sorts bytewise (collation "C").
create table region (
    code        varchar(12) collate "C" primary key,
    name        varchar(100) not null,
    parent_code varchar(12) collate "C" references region (code),
    version     bigint not null default 0,
    constraint region_code_is_twelve_digits check (code ~ '^[0-9]{12}$'),
    constraint region_parent_is_another_region check (parent_code is null or parent_code <> code)
);

create index region_parent_code_idx on region (parent_code, code);
