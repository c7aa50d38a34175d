-- Linked actions on a child's case (policy §6): what courts, procuratorates and others decided about a child, as
-- civil affairs records it: a personal-safety protection order (人身安全保护令), the revocation of guardianship by a
-- court (撤销监护资格), an order for the guardians to receive family-education guidance (责令接受家庭教育指导, tied to
-- a FAMILY_EDUCATION activity when its guidance is arranged), a judicial suggestion (司法建议) or a procuratorial
-- suggestion (检察建议). Each has its date, issuing body and document number (文书编号), optionally the mandatory
-- report that led to it.
create table case_action (
    id                              uuid primary key,
    child_id                        uuid not null references child (id),
    kind                            varchar(30) not null check (kind in ('PROTECTION_ORDER', 'GUARDIANSHIP_REVOKED',
                                        'FAMILY_EDUCATION_ORDER', 'JUDICIAL_SUGGESTION', 'PROCURATORIAL_SUGGESTION')),
    action_date                     date not null,
    issuing_body                    varchar(100) not null,
    document_number                 varchar(60) not null,
    protection_report_id            uuid references protection_report (id),
    family_education_activity_id    uuid references activity (id),
    note                            varchar(1000),
    recorded_by_name                varchar(50) not null,
    recorded_by_subject             varchar(255) not null,
    recorded_at                     timestamptz not null,
    created_at                      timestamptz not null default now(),
    updated_at                      timestamptz not null default now(),
    version                         bigint not null default 0,
    constraint case_action_activity_of_family_education_order
        check (family_education_activity_id is null or kind = 'FAMILY_EDUCATION_ORDER')
);
create index case_action_child_idx on case_action (child_id, action_date, id);
