-- The net score as the risk was entered (or corrected before its first review), so the first review's movement
-- compares with it. Risks reviewed before this was kept have no entered score: their first review stays "new".
alter table risk.risk add column entered_net_score integer check (entered_net_score between 1 and 25);
update risk.risk r set entered_net_score = net_impact * net_likelihood
  where not exists (select 1 from risk.review v where v.risk_id = r.id);
