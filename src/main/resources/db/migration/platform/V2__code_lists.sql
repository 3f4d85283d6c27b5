-- National and local code lists. National values are the exact Client Level Data Release 2 spellings

-- (see shared/reference; diff against the AGEM R2 workbook before a statutory submission). Lists are

-- versioned data: a new list version is a new migration, never an edit of this one.

create table platform.code_list (
  name         text primary key,
  title        text not null,
  source       text not null,
  status       text not null check (status in ('CONFIRMED', 'SEEN-IN-FILTER', 'SECONDARY', 'UNCONFIRMED', 'LOCAL')),
  list_version text not null
);

create table platform.code_value (
  list_name  text not null references platform.code_list (name),
  value      text not null,
  sort_order integer not null,
  grouping   text,
  settled    boolean,
  active     boolean not null default true,
  primary key (list_name, value)
);

insert into platform.code_list (name, title, source, status, list_version) values
  ('ethnicity', 'Ethnicity', 'CLD Release 2 (May 2025)', 'CONFIRMED', 'R2-2025-05'),
  ('gender', 'Gender', 'CLD Release 2 (May 2025)', 'UNCONFIRMED', 'R2-2025-05'),
  ('accommodation-status', 'Accommodation status', 'CLD Release 2 (May 2025)', 'CONFIRMED', 'R2-2025-05'),
  ('employment-status', 'Employment status', 'CLD Release 2 (May 2025)', 'CONFIRMED', 'R2-2025-05'),
  ('primary-support-reason', 'Primary support reason', 'CLD Release 2 (May 2025)', 'SECONDARY', 'R2-2025-05'),
  ('client-type', 'Client type', 'CLD Release 2 (May 2025)', 'SEEN-IN-FILTER', 'R2-2025-05'),
  ('has-unpaid-carer', 'Has unpaid carer', 'CLD Release 2 (May 2025)', 'UNCONFIRMED', 'R2-2025-05'),
  ('autism', 'Autism spectrum disorder (ASD)', 'CLD Release 2 (May 2025)', 'UNCONFIRMED', 'R2-2025-05'),
  ('dementia', 'Dementia', 'CLD Release 2 (May 2025)', 'UNCONFIRMED', 'R2-2025-05'),
  ('visual-impairment', 'Visual impairment', 'CLD Release 2 (May 2025)', 'SECONDARY', 'R2-2025-05'),
  ('hearing-impairment', 'Hearing impairment', 'CLD Release 2 (May 2025)', 'SECONDARY', 'R2-2025-05'),
  ('client-funding-status', 'Client funding status', 'CLD Release 2 (May 2025)', 'SEEN-IN-FILTER', 'R2-2025-05'),
  ('event-type', 'Event type', 'CLD Release 2 (May 2025)', 'SEEN-IN-FILTER', 'R2-2025-05'),
  ('event-outcome', 'Event outcome', 'CLD Release 2 (May 2025)', 'CONFIRMED', 'R2-2025-05'),
  ('service-type', 'Service type', 'CLD Release 2 (May 2025)', 'CONFIRMED', 'R2-2025-05'),
  ('delivery-mechanism', 'Delivery mechanism', 'CLD Release 2 (May 2025)', 'SEEN-IN-FILTER', 'R2-2025-05'),
  ('relationship-type', 'Relationship', 'OpenASC local list', 'LOCAL', 'local-1'),
  ('communication-need', 'Communication need', 'OpenASC local list', 'LOCAL', 'local-1');

insert into platform.code_value (list_name, value, sort_order, grouping, settled) values
  ('ethnicity', 'White: English, Welsh, Scottish, Northern Irish or British', 1, 'White', null),
  ('ethnicity', 'White: Irish', 2, 'White', null),
  ('ethnicity', 'White: Gypsy or Irish Traveller', 3, 'White', null),
  ('ethnicity', 'White: Roma', 4, 'White', null),
  ('ethnicity', 'White: Any other White background', 5, 'White', null),
  ('ethnicity', 'Mixed or multiple ethnic groups: White and Black Caribbean', 6, 'Mixed or multiple ethnic groups', null),
  ('ethnicity', 'Mixed or multiple ethnic groups: White and Black African', 7, 'Mixed or multiple ethnic groups', null),
  ('ethnicity', 'Mixed or multiple ethnic groups: White and Asian', 8, 'Mixed or multiple ethnic groups', null),
  ('ethnicity', 'Mixed or multiple ethnic groups: Any other Mixed or multiple ethnic background', 9, 'Mixed or multiple ethnic groups', null),
  ('ethnicity', 'Asian or Asian British: Indian', 10, 'Asian or Asian British', null),
  ('ethnicity', 'Asian or Asian British: Pakistani', 11, 'Asian or Asian British', null),
  ('ethnicity', 'Asian or Asian British: Bangladeshi', 12, 'Asian or Asian British', null),
  ('ethnicity', 'Asian or Asian British: Chinese', 13, 'Asian or Asian British', null),
  ('ethnicity', 'Asian or Asian British: Any other Asian background', 14, 'Asian or Asian British', null),
  ('ethnicity', 'Black, Black British, Caribbean or African: African', 15, 'Black, Black British, Caribbean or African', null),
  ('ethnicity', 'Black, Black British, Caribbean or African: Caribbean', 16, 'Black, Black British, Caribbean or African', null),
  ('ethnicity', 'Black, Black British, Caribbean or African: Any other Black, Black British or Caribbean background', 17, 'Black, Black British, Caribbean or African', null),
  ('ethnicity', 'Other ethnic group: Arab', 18, 'Other ethnic group', null),
  ('ethnicity', 'Other ethnic group: Any other ethnic group', 19, 'Other ethnic group', null),
  ('ethnicity', 'No data: Refused', 20, 'No data', null),
  ('ethnicity', 'No data: Undeclared or not known', 21, 'No data', null);

insert into platform.code_value (list_name, value, sort_order, grouping, settled) values
  ('gender', 'Male', 1, null, null),
  ('gender', 'Female', 2, null, null),
  ('gender', 'Other', 3, null, null),
  ('gender', 'Unknown', 4, null, null);

insert into platform.code_value (list_name, value, sort_order, grouping, settled) values
  ('accommodation-status', 'Owner occupier or shared ownership scheme', 1, null, true),
  ('accommodation-status', 'Tenant: Local authority or other social housing provider', 2, null, true),
  ('accommodation-status', 'Tenant: Private landlord', 3, null, true),
  ('accommodation-status', 'Settled mainstream housing with family or friends', 4, null, true),
  ('accommodation-status', 'Supported accommodation, supported lodgings or supported group home', 5, null, true),
  ('accommodation-status', 'Shared Lives scheme', 6, null, true),
  ('accommodation-status', 'Approved premises for offenders released from prison or under probation supervision', 7, null, true),
  ('accommodation-status', 'Sheltered housing, extra care housing or other sheltered housing', 8, null, true),
  ('accommodation-status', 'Mobile accommodation for Gypsy, Roma and Traveller communities', 9, null, true),
  ('accommodation-status', 'Rough sleeper or squatting', 10, null, false),
  ('accommodation-status', 'Night shelter, emergency hostel or direct access hostel', 11, null, false),
  ('accommodation-status', 'Refuge', 12, null, false),
  ('accommodation-status', 'Placed in temporary accommodation by the council (inc. homelessness resettlement)', 13, null, false),
  ('accommodation-status', 'Staying with family or friends as a short term guest', 14, null, false),
  ('accommodation-status', 'Acute hospital or long term healthcare residential facility', 15, null, false),
  ('accommodation-status', 'Registered care home', 16, null, false),
  ('accommodation-status', 'Registered nursing home', 17, null, false),
  ('accommodation-status', 'Prison, young offenders institution or detention centre', 18, null, false),
  ('accommodation-status', 'Other temporary accommodation', 19, null, false),
  ('accommodation-status', 'Unknown', 20, null, false);

insert into platform.code_value (list_name, value, sort_order, grouping, settled) values
  ('employment-status', 'Paid: Less than 16 hours a week', 1, 'Paid', null),
  ('employment-status', 'Paid: 16 or more hours a week', 2, 'Paid', null),
  ('employment-status', 'Paid: Hours per week unknown', 3, 'Paid', null),
  ('employment-status', 'Not in paid employment: Seeking work', 4, 'Not in paid employment', null),
  ('employment-status', 'Not in paid employment: Not actively seeking work or retired', 5, 'Not in paid employment', null),
  ('employment-status', 'Not in paid employment: Voluntary work only', 6, 'Not in paid employment', null),
  ('employment-status', 'Unknown', 7, null, null);

insert into platform.code_value (list_name, value, sort_order, grouping, settled) values
  ('primary-support-reason', 'Physical support: Access and mobility only', 1, 'Physical support', null),
  ('primary-support-reason', 'Physical support: Personal care support', 2, 'Physical support', null),
  ('primary-support-reason', 'Sensory support: Support for visual impairment', 3, 'Sensory support', null),
  ('primary-support-reason', 'Sensory support: Support for hearing impairment', 4, 'Sensory support', null),
  ('primary-support-reason', 'Sensory support: Support for dual impairment', 5, 'Sensory support', null),
  ('primary-support-reason', 'Support with memory and cognition', 6, null, null),
  ('primary-support-reason', 'Learning disability support', 7, null, null),
  ('primary-support-reason', 'Mental health support', 8, null, null),
  ('primary-support-reason', 'Social support: Substance misuse support', 9, 'Social support', null),
  ('primary-support-reason', 'Social support: Asylum seeker support', 10, 'Social support', null),
  ('primary-support-reason', 'Social support: Support for social isolation or other reason', 11, 'Social support', null),
  ('primary-support-reason', 'Social support: Support to unpaid carer', 12, 'Social support', null),
  ('primary-support-reason', 'Unknown', 13, null, null);

insert into platform.code_value (list_name, value, sort_order, grouping, settled) values
  ('client-type', 'Service user', 1, null, null),
  ('client-type', 'Unpaid carer', 2, null, null),
  ('client-type', 'Unpaid carer known by association', 3, null, null);

insert into platform.code_value (list_name, value, sort_order, grouping, settled) values
  ('has-unpaid-carer', 'Yes', 1, null, null),
  ('has-unpaid-carer', 'No', 2, null, null),
  ('has-unpaid-carer', 'Unknown', 3, null, null);

insert into platform.code_value (list_name, value, sort_order, grouping, settled) values
  ('autism', 'Yes', 1, null, null),
  ('autism', 'No', 2, null, null),
  ('autism', 'Unknown', 3, null, null);

insert into platform.code_value (list_name, value, sort_order, grouping, settled) values
  ('dementia', 'Yes', 1, null, null),
  ('dementia', 'No', 2, null, null),
  ('dementia', 'Unknown', 3, null, null);

insert into platform.code_value (list_name, value, sort_order, grouping, settled) values
  ('visual-impairment', 'Blind/severely sight impaired', 1, null, null),
  ('visual-impairment', 'Partial sight/sight impaired', 2, null, null),
  ('visual-impairment', 'No visual impairment', 3, null, null),
  ('visual-impairment', 'Visual impairment - severity unknown', 4, null, null),
  ('visual-impairment', 'Unknown', 5, null, null);

insert into platform.code_value (list_name, value, sort_order, grouping, settled) values
  ('hearing-impairment', 'Deaf with speech', 1, null, null),
  ('hearing-impairment', 'Deaf without speech', 2, null, null),
  ('hearing-impairment', 'Hard of hearing', 3, null, null),
  ('hearing-impairment', 'No hearing impairment', 4, null, null),
  ('hearing-impairment', 'Hearing impairment: Severity unknown', 5, null, null),
  ('hearing-impairment', 'Unknown', 6, null, null);

insert into platform.code_value (list_name, value, sort_order, grouping, settled) values
  ('client-funding-status', 'Fully social care funded', 1, null, null),
  ('client-funding-status', 'Joint client and social care funded', 2, null, null),
  ('client-funding-status', 'Fully client funded', 3, null, null),
  ('client-funding-status', 'Unknown', 4, null, null);

insert into platform.code_value (list_name, value, sort_order, grouping, settled) values
  ('event-type', 'Request', 1, null, null),
  ('event-type', 'Assessment', 2, null, null),
  ('event-type', 'Service', 3, null, null),
  ('event-type', 'Review', 4, null, null);

insert into platform.code_value (list_name, value, sort_order, grouping, settled) values
  ('event-outcome', 'Progress to reablement/ST-Max', 1, 'Progress', null),
  ('event-outcome', 'Progress to assessment, review or reassessment', 2, 'Progress', null),
  ('event-outcome', 'Progress to support planning or services', 4, 'Progress', null),
  ('event-outcome', 'Continuation of support or services', 5, null, null),
  ('event-outcome', 'Admitted to hospital', 6, null, null),
  ('event-outcome', 'NFA: Responsibility moved to another local authority', 7, 'NFA', null),
  ('event-outcome', 'NFA: Referral to NHS services or NHS funded social care', 8, 'NFA', null),
  ('event-outcome', 'NFA: Self-funded client or under 12wk disregard', 9, 'NFA', null),
  ('event-outcome', 'NFA: Information and advice or signposting', 10, 'NFA', null),
  ('event-outcome', 'NFA: Referral to other service within the local authority', 11, 'NFA', null),
  ('event-outcome', 'NFA: Support declined', 12, 'NFA', null),
  ('event-outcome', 'NFA: Deceased', 13, 'NFA', null),
  ('event-outcome', 'NFA: Support ended as planned', 14, 'NFA', null),
  ('event-outcome', 'NFA: Support ended for other reason', 15, 'NFA', null),
  ('event-outcome', 'NFA: No services offered for other reason', 16, 'NFA', null),
  ('event-outcome', 'NFA: Other', 17, 'NFA', null);

insert into platform.code_value (list_name, value, sort_order, grouping, settled) values
  ('service-type', 'Short term support: ST-Max', 1, 'Short term support', null),
  ('service-type', 'Short term support: Ongoing low level', 2, 'Short term support', null),
  ('service-type', 'Short term support: Other short term', 3, 'Short term support', null),
  ('service-type', 'Long term support: Nursing care', 4, 'Long term support', null),
  ('service-type', 'Long term support: Residential care', 5, 'Long term support', null),
  ('service-type', 'Long term support: Community', 6, 'Long term support', null),
  ('service-type', 'Long term support: Prison', 7, 'Long term support', null),
  ('service-type', 'Unpaid carer support: Direct to unpaid carer', 8, 'Unpaid carer support', null),
  ('service-type', 'Unpaid carer support: Support involving the person cared-for', 9, 'Unpaid carer support', null);

insert into platform.code_value (list_name, value, sort_order, grouping, settled) values
  ('delivery-mechanism', 'Direct payment', 1, null, null),
  ('delivery-mechanism', 'CASSR managed personal budget', 2, null, null),
  ('delivery-mechanism', 'CASSR commissioned support', 3, null, null);

insert into platform.code_value (list_name, value, sort_order, grouping, settled) values
  ('relationship-type', 'Unpaid carer of', 1, null, null),
  ('relationship-type', 'Cared for by', 2, null, null),
  ('relationship-type', 'Next of kin', 3, null, null),
  ('relationship-type', 'Lasting power of attorney (health and welfare)', 4, null, null),
  ('relationship-type', 'Lasting power of attorney (property and financial affairs)', 5, null, null),
  ('relationship-type', 'Deputy appointed by the Court of Protection', 6, null, null),
  ('relationship-type', 'Other', 7, null, null);

insert into platform.code_value (list_name, value, sort_order, grouping, settled) values
  ('communication-need', 'Interpreter needed', 1, null, null),
  ('communication-need', 'British Sign Language', 2, null, null),
  ('communication-need', 'Easy read', 3, null, null),
  ('communication-need', 'Large print', 4, null, null),
  ('communication-need', 'Braille', 5, null, null),
  ('communication-need', 'Audio', 6, null, null),
  ('communication-need', 'Deafblind manual', 7, null, null),
  ('communication-need', 'Advocate needed', 8, null, null),
  ('communication-need', 'Other', 9, null, null);
