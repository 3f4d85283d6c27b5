-- A final case note and its links are never changed (V1), except when an administrator disposes of the
-- person's record after its retention period: the retention service sets `openasc.disposal` to 'on' for
-- that transaction only (set_config(..., true)), and then a final note may be anonymised or deleted with
-- its links. Nothing else sets it, and it ends with the transaction.
create or replace function casework.final_note_is_kept() returns trigger language plpgsql as $$
begin
  if old.status = 'FINAL' and current_setting('openasc.disposal', true) is distinct from 'on' then
    raise exception 'Case note % is final: it is corrected by an addendum, never changed', old.note_number;
  end if;
  return case when tg_op = 'DELETE' then old else new end;
end $$;

create or replace function casework.links_of_final_note_are_kept() returns trigger language plpgsql as $$
begin
  if current_setting('openasc.disposal', true) is distinct from 'on'
     and exists (select 1 from casework.note where id = coalesce(old.note_id, new.note_id) and status = 'FINAL') then
    raise exception 'The links of a final case note are kept as they were';
  end if;
  return case when tg_op = 'DELETE' then old else new end;
end $$;
