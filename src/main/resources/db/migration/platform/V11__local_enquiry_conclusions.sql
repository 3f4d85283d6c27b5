-- Councils conclude enquiries in their own words ("ceased: change of circumstances", Blackpool's fifth
-- way of ceasing), and still report them in the five conclusions every council compares. Each value of
-- the enquiry-conclusion list names, as its grouping, the national conclusion it is counted as; the
-- five national ones name themselves. A council adds its own conclusions here, each mapped.
update platform.code_value set grouping = value where list_name = 'enquiry-conclusion';

insert into platform.code_value (list_name, value, sort_order, grouping, settled) values
  ('enquiry-conclusion', 'Ceased: change of circumstances and further enquiry not required', 6, 'Inconclusive', null);

update platform.code_list set title = 'Conclusion of the enquiry (local values mapped to the national conclusions)'
where name = 'enquiry-conclusion';
