-- Disposing of a person's record unlinks contacts about others from their requests: found by request, not by scanning.
create index contact_request on frontdoor.contact (request_id) where request_id is not null;
