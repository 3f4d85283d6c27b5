-- Democratic services run committees: agendas, packs, minutes and actions. They see aggregates, never personal data.
alter table platform.staff_role drop constraint staff_role_role_check;
alter table platform.staff_role add constraint staff_role_role_check
  check (role in ('PRACTITIONER', 'TEAM_MANAGER', 'SAFEGUARDING', 'DOLS', 'BROKERAGE', 'FINANCE', 'CUSTOMER_RELATIONS', 'PERFORMANCE',
                  'ADMIN', 'COUNCILLOR', 'DEMOCRATIC_SERVICES'));
