-- A request brought in from a council's previous system may say a strengths-based conversation was held there
-- (CLD Event Description); OpenASC has no notes of it, so the flag is kept instead of inventing a conversation.
alter table frontdoor.support_request add column conversation_elsewhere boolean not null default false;

create or replace view frontdoor.request_facts as
  select r.id, r.request_number, r.person_id, r.client_type, r.route_of_access, r.existing_client, r.received_on, r.closed_on, r.outcome,
         r.conversation_elsewhere or exists (select 1 from frontdoor.conversation c where c.request_id = r.id) as conversation
  from frontdoor.support_request r;
