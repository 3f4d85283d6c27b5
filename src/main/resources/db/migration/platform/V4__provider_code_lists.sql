-- Lists for the provider register: the services a care provider's location offers (local list) and the
-- CQC's four overall ratings (exact CQC spellings).
insert into platform.code_list (name, title, source, status, list_version) values
  ('provider-service', 'Services a provider location offers', 'OpenASC local list', 'LOCAL', 'local-1'),
  ('cqc-rating', 'CQC overall rating', 'Care Quality Commission', 'CONFIRMED', 'CQC-2024');

insert into platform.code_value (list_name, value, sort_order, grouping, settled) values
  ('provider-service', 'Residential care home', 1, 'Care home', null),
  ('provider-service', 'Nursing home', 2, 'Care home', null),
  ('provider-service', 'Home care', 3, 'Community', null),
  ('provider-service', 'Supported living', 4, 'Community', null),
  ('provider-service', 'Extra care housing', 5, 'Community', null),
  ('provider-service', 'Day opportunities', 6, 'Community', null),
  ('provider-service', 'Shared lives', 7, 'Community', null),
  ('provider-service', 'Reablement', 8, 'Community', null),
  ('cqc-rating', 'Outstanding', 1, 'Good or outstanding', null),
  ('cqc-rating', 'Good', 2, 'Good or outstanding', null),
  ('cqc-rating', 'Requires improvement', 3, null, null),
  ('cqc-rating', 'Inadequate', 4, null, null);
