-- Safeguarding Adults Reviews (Care Act s44) and the reporting views the returns read.
create table safeguarding.sar (
  id                    uuid primary key,
  sar_number            bigint generated always as identity (start with 900001) unique,
  person_id             uuid not null,
  referred_on           date not null,
  referrer              text not null check (length(referrer) <= 200),
  died                  boolean not null,
  serious_harm          boolean not null,
  review_group_advice   text check (length(review_group_advice) <= 4000),
  board_decision        text check (board_decision in ('COMMISSIONED', 'NOT_COMMISSIONED')),
  board_decided_on      date,
  commenced_on          date,
  completed_on          date,
  reviewer_cost         numeric(12, 2) check (reviewer_cost >= 0),
  themes                text[] not null default '{}',
  version               integer not null default 0,
  created_at            timestamptz not null default now(),
  created_by            text not null,
  changed_at            timestamptz,
  changed_by            text,
  check (board_decided_on is null or board_decided_on >= referred_on),
  check (commenced_on is null or (board_decision = 'COMMISSIONED' and commenced_on >= board_decided_on)),
  check (completed_on is null or (commenced_on is not null and completed_on >= commenced_on))
);

create table safeguarding.sar_action (
  id        uuid primary key,
  sar_id    uuid not null references safeguarding.sar (id),
  action    text not null check (length(action) <= 2000),
  owner     text not null check (length(owner) <= 200),
  due_on    date not null,
  done_on   date
);

create view safeguarding.enquiry_facts as
  select e.id, e.enquiry_number, e.person_id, e.kind, e.started_on, e.concluded_on, e.conclusion, e.risk_assessment_outcome, e.risk_result,
         e.msp_asked, e.msp_achieved, e.lacked_capacity, e.advocate
  from safeguarding.enquiry e;

create view safeguarding.allegation_facts as
  select a.enquiry_id, a.type_of_risk, a.location_of_risk, a.source_of_risk from safeguarding.allegation a;

create view safeguarding.sar_facts as
  select s.id, s.sar_number, s.person_id, s.died, s.serious_harm, s.board_decision, s.commenced_on, s.completed_on from safeguarding.sar s;
