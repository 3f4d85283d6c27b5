-- Why a DoLS application has its priority: indicators in the spirit of the ADASS screening tool, grouped by
-- the priority they point to (local list: councils adapt the tool).
insert into platform.code_list (name, title, source, status, list_version) values
  ('dols-priority-reason', 'DoLS priority indicator', 'ADASS DoLS screening tool (adapted)', 'LOCAL', 'local-1');

insert into platform.code_value (list_name, value, sort_order, grouping, settled) values
  ('dols-priority-reason', 'Objecting to the placement or trying to leave', 1, 'HIGH', null),
  ('dols-priority-reason', 'Restraint or sedation used often', 2, 'HIGH', null),
  ('dols-priority-reason', 'Family or friends object to the arrangements', 3, 'HIGH', null),
  ('dols-priority-reason', 'New or unplanned admission (including hospital)', 4, 'HIGH', null),
  ('dols-priority-reason', 'Urgent authorisation in place', 5, 'HIGH', null),
  ('dols-priority-reason', 'Some restrictions beyond the usual; settling in', 6, 'MEDIUM', null),
  ('dols-priority-reason', 'Renewal with changed circumstances', 7, 'MEDIUM', null),
  ('dols-priority-reason', 'Settled, not objecting, restrictions stable', 8, 'LOW', null),
  ('dols-priority-reason', 'Renewal with no change', 9, 'LOW', null),
  ('dols-priority-reason', 'End of life care', 10, 'LOW', null);
