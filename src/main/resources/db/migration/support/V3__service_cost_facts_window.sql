-- The same published view, with each term's end read in one ordered pass over the terms rather than a
-- lookup per term (a county has about 200,000 terms).
create or replace view support.service_cost_facts as
  select s.id as service_id, s.service_number, s.service_type, s.service_component, s.start_date, s.end_date,
         t.effective_from, t.effective_until, t.weekly_cost
  from support.service s
  join (select service_id, effective_from, weekly_cost,
               lead(effective_from) over (partition by service_id order by effective_from) as effective_until
        from support.service_terms) t on t.service_id = s.id;
