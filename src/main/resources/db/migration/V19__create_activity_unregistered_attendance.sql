-- People named at an activity by national ID number and name who match no child the organization may reach. They
-- count in the activity's headcount and are never linked to a file, so recording attendance never tells a partner
-- which of the people it names are registered children. Only a digest of the activity and the number is kept.
create table activity_unregistered_attendance (
    activity_id   uuid not null references activity (id),
    person_digest char(64) not null,
    primary key (activity_id, person_digest)
);
