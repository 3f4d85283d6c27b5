-- The reporting contract for requests (CLD Request events): no free text, only what a return counts.
-- A request with a 3 Conversations record is flagged, as CLD asks of strengths-based first contacts.
create view frontdoor.request_facts as
  select r.id, r.request_number, r.person_id, r.client_type, r.route_of_access, r.existing_client, r.received_on, r.closed_on, r.outcome,
         exists (select 1 from frontdoor.conversation c where c.request_id = r.id) as conversation
  from frontdoor.support_request r;
