-- Published for finance: each service's weekly cost over the dates each of its terms was in force
-- (effective_until is the day the next term starts, null for the term in force now).
create view support.service_cost_facts as
  select s.id as service_id, s.service_number, s.service_type, s.service_component, s.start_date, s.end_date,
         t.effective_from,
         (select min(n.effective_from) from support.service_terms n
           where n.service_id = t.service_id and n.effective_from > t.effective_from) as effective_until,
         t.weekly_cost
  from support.service s
  join support.service_terms t on t.service_id = s.id;
