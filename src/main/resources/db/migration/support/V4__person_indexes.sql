-- A person's chronology reads each of their records by person, so no table of them is scanned whole at county scale.
create index discharge_person on support.discharge (person_id);
create index dp_monitoring_payment on support.dp_monitoring (direct_payment_id);
create index package_request_person on support.package_request (person_id);
