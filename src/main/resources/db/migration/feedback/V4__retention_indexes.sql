-- Disposing of a person's complaints after retention finds the items and lessons that refer to them (and
-- the database checks those references on each deletion), so the references are indexed.
create index item_complaint on feedback.item (complaint_id) where complaint_id is not null;
create index lesson_complaint on feedback.lesson (complaint_id) where complaint_id is not null;
create index lesson_item on feedback.lesson (item_id) where item_id is not null;
