-- Two or more app nodes share one database: signed-in sessions live here (Spring Session JDBC, its PostgreSQL
-- schema for 4.x), and scheduled work is claimed here (db-scheduler) so it runs once whichever node is up.
create table platform.spring_session (
    primary_id            char(36)     not null primary key,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100)
);
create unique index spring_session_ix1 on platform.spring_session (session_id);
create index spring_session_ix2 on platform.spring_session (expiry_time);
create index spring_session_ix3 on platform.spring_session (principal_name);

create table platform.spring_session_attributes (
    session_primary_id char(36)     not null references platform.spring_session (primary_id) on delete cascade,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    primary key (session_primary_id, attribute_name)
);

-- db-scheduler's table (its PostgreSQL definition, which the jar does not ship).
create table platform.scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    state                text,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time on platform.scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat on platform.scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time on platform.scheduled_tasks (priority desc, execution_time asc);

-- Each run of scheduled work: which node ran it, when, and how it ended, so an administrator can see the nightly
-- work ran (once) and a test can prove two nodes do not both run it.
create table platform.scheduled_run (
    id          bigint generated always as identity primary key,
    task_name   text        not null,
    node        text        not null,
    started_at  timestamptz not null,
    finished_at timestamptz,
    outcome     text        not null default 'running' check (outcome in ('running', 'done', 'failed'))
);
create index scheduled_run_task on platform.scheduled_run (task_name, started_at desc);
