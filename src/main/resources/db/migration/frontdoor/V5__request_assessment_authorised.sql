-- The day an assessment's eligibility determination was authorised, as the assessment module announces it (ADR 20):
-- kept once, so the same announcement delivered twice writes the request's history once.
alter table frontdoor.request_assessment add column authorised_on date;
