-- Live signals a risk is linked to (keys offered by modules through the platform's signal registry).
create table risk.signal_link (
  risk_id    uuid not null references risk.risk (id),
  signal_key text not null check (length(signal_key) <= 200),
  primary key (risk_id, signal_key)
);
