-- The value register's history and the vendor scorecard's rules: value updates are read by the
-- org, written by a writer as themselves at the server's time and never changed or deleted (they
-- go with their item); a scorecard's grade is the server's; one live scorecard per vendor,
-- agency (or none) and period; the vendor named by a scorecard or a value item is a vendor.
begin;
select plan(49);
\ir fixtures/two-orgs.psql

insert into fixture_ids (name) values
  ('update3'), ('update4'), ('partner1'), ('moved'), ('value2_live');
insert into public.accounts (id, org_id, kind, name) values
  (pg_temp.fx('partner1'), pg_temp.fx('org1'), 'partner', 'Advisors');
insert into public.value_items (id, org_id, account_id, title) values
  (pg_temp.fx('value2_live'), pg_temp.fx('org1'), pg_temp.fx('acct1'), 'Kiosks');

create function pg_temp.updates_of(fixture_org text) returns bigint
language sql
as $$ select count(*) from public.value_updates where org_id = pg_temp.fx(fixture_org) $$;

-- A value update of org 1's item, written as `author` into `org`.
create function pg_temp.add_update(author text, org text default 'org1', item text default 'value1')
returns text
language sql
as $$
  select format($f$insert into public.value_updates (org_id, value_item_id, author_id, stage)
    values (%L, %L, %L, 'approved')$f$, pg_temp.fx(org), pg_temp.fx(item), pg_temp.fx(author))
$$;

-- Reading: the org's members, whoever wrote the update, and nobody else.
select pg_temp.act_as('admin');
select is(pg_temp.updates_of('org1'), 1::bigint, 'an admin reads the org''s value updates');
select pg_temp.act_as('lead');
select is(pg_temp.updates_of('org1'), 1::bigint, 'a lead reads them');
select pg_temp.act_as('manager2');
select is(pg_temp.updates_of('org1'), 1::bigint, 'a manager reads those another wrote');
select pg_temp.act_as('viewer');
select is(pg_temp.updates_of('org1'), 1::bigint, 'a viewer reads them');
select pg_temp.act_as('outsider');
select is(pg_temp.updates_of('org1'), 0::bigint, 'another org''s manager sees none of them');
select pg_temp.act_as('stranger');
select is(pg_temp.updates_of('org1') + pg_temp.updates_of('org2'), 0::bigint,
  'a user of no org sees none');

-- Writing: writers, as themselves, into their own org's items.
select pg_temp.act_as('viewer');
select throws_ok(pg_temp.add_update('viewer'), '42501', null, 'a viewer cannot add a value update');
select pg_temp.act_as('manager');
select lives_ok(pg_temp.add_update('manager'), 'a manager adds one as themselves');
select pg_temp.act_as('lead');
select lives_ok(pg_temp.add_update('lead'), 'a lead adds one as themselves');
select pg_temp.act_as('admin');
select lives_ok(pg_temp.add_update('admin'), 'an admin adds one as themselves');
select pg_temp.act_as('manager');
select throws_ok(pg_temp.add_update('manager2'), '42501', null,
  'a manager cannot add one in another''s name');
select pg_temp.act_as('admin');
select throws_ok(pg_temp.add_update('manager'), '42501', null, 'nor can an admin');
select pg_temp.act_as('manager');
-- Refused before row-level security by the live-item check, which sees only what the user may.
select throws_ok(pg_temp.add_update('manager', 'org2', 'value2'), '23503',
  'value_updates.value_item_id is not a live value item of the org',
  'a manager cannot add one to another org');
select throws_ok(pg_temp.add_update('manager', 'org1', 'value2'), '23503', null,
  'a value update cannot point at another org''s item');

insert into public.value_updates (id, org_id, value_item_id, stage, created_at, updated_at)
values (pg_temp.fx('update3'), pg_temp.fx('org1'), pg_temp.fx('value1'), 'in_delivery',
  '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z');
select results_eq(
  $$select author_id, created_at, updated_at from public.value_updates
    where id = pg_temp.fx('update3')$$,
  $$values (pg_temp.fx('manager'), now(), now())$$,
  'a writer''s value update is theirs, at the server''s time, whatever time they sent');

reset role;
insert into public.value_updates (id, org_id, value_item_id, author_id, stage, created_at)
values (pg_temp.fx('update4'), pg_temp.fx('org1'), pg_temp.fx('value1'), pg_temp.fx('manager2'),
  'approved', '2025-01-01T00:00:00Z');
select is((select created_at from public.value_updates where id = pg_temp.fx('update4')),
  '2025-01-01T00:00:00Z'::timestamptz, 'the owner (a seed, a restore) keeps the time it brings');
select throws_ok(pg_temp.add_update('stranger'), '23503', null,
  'a value update''s author is a member of its org, whoever writes it');

-- The grade: the server's, from the ratings, at each edge of the bands.
select pg_temp.act_as('manager');
insert into public.scorecards (org_id, vendor_account_id, period, outcomes, responsiveness,
  collaboration, innovation, delivery, grade)
select pg_temp.fx('org1'), pg_temp.fx('vendor1'), period, o, r, c, i, d, 'A'
from (values
  ('2024-Q1', 4, 5, 5, 5, 4),          -- 27 / 6 = 4.5 → A
  ('2024-Q2', 5, 4, 4, 4, null),       -- 22 / 5 = 4.4 → B
  ('2024-Q3', 4, 4, 3, null, null),    -- 15 / 4 = 3.75 → B
  ('2024-Q4', 4, 4, 4, 3, 3),          -- 22 / 6 = 3.67 → C
  ('2025-Q1', 3, 3, 3, 3, 3),          -- 18 / 6 = 3 → C
  ('2025-Q2', 3, 3, 3, 3, 2),          -- 17 / 6 = 2.83 → D
  ('2025-Q3', null, 3, 2, 2, 2),       -- 9 / 4 = 2.25 → D
  ('2025-Q4', 2, 3, 2, 2, null),       -- 11 / 5 = 2.2 → F
  ('2023-Q4', null::int, null::int, null::int, null::int, null::int) -- nothing rated → none
) as cards (period, o, r, c, i, d);
select results_eq(
  $$select period, grade from public.scorecards
    where vendor_account_id = pg_temp.fx('vendor1') and period < '2026' order by period$$,
  $$values ('2023-Q4'::text, null::text), ('2024-Q1', 'A'), ('2024-Q2', 'B'), ('2024-Q3', 'B'),
    ('2024-Q4', 'C'), ('2025-Q1', 'C'), ('2025-Q2', 'D'), ('2025-Q3', 'D'), ('2025-Q4', 'F')$$,
  'a sent grade is replaced by the ratings'' grade, at every edge of the bands');
update public.scorecards set responsiveness = 1
where vendor_account_id = pg_temp.fx('vendor1') and period = '2025-Q1';
select is(
  (select grade from public.scorecards
   where vendor_account_id = pg_temp.fx('vendor1') and period = '2025-Q1'),
  'D', 'changing one rating recomputes the grade: 16 / 6 = 2.67 is a D');
update public.scorecards set grade = 'A'
where vendor_account_id = pg_temp.fx('vendor1') and period = '2025-Q1';
select is(
  (select grade from public.scorecards
   where vendor_account_id = pg_temp.fx('vendor1') and period = '2025-Q1'),
  'D', 'a grade written directly is replaced too');

-- One live scorecard per vendor, agency (or none) and period.
select throws_ok(
  $$insert into public.scorecards (org_id, vendor_account_id, agency_account_id, period)
    values (pg_temp.fx('org1'), pg_temp.fx('vendor1'), pg_temp.fx('acct1'), '2026-Q3')$$,
  '23505', 'Cloudco already has a 2026-Q3 scorecard for Health: edit that one instead',
  'a second live scorecard for a vendor, agency and period is refused, naming the first');
select lives_ok(
  $$insert into public.scorecards (org_id, vendor_account_id, period)
    values (pg_temp.fx('org1'), pg_temp.fx('vendor1'), '2026-Q3')$$,
  'the same vendor and period with no agency is another slot');
select throws_ok(
  $$insert into public.scorecards (org_id, vendor_account_id, period)
    values (pg_temp.fx('org1'), pg_temp.fx('vendor1'), '2026-Q3')$$,
  '23505', 'Cloudco already has a 2026-Q3 scorecard with no agency: edit that one instead',
  'which holds one live scorecard too');
insert into public.scorecards (id, org_id, vendor_account_id, agency_account_id, period)
values (pg_temp.fx('moved'), pg_temp.fx('org1'), pg_temp.fx('vendor1'), pg_temp.fx('acct1'),
  '2026-Q2');
select throws_ok(
  $$update public.scorecards set period = '2026-Q3' where id = pg_temp.fx('moved')$$,
  '23505', null, 'a scorecard cannot be moved into a taken slot');
update public.scorecards set deleted_at = now() where id = pg_temp.fx('score1');
select lives_ok(
  $$insert into public.scorecards (org_id, vendor_account_id, agency_account_id, period)
    values (pg_temp.fx('org1'), pg_temp.fx('vendor1'), pg_temp.fx('acct1'), '2026-Q3')$$,
  'once the live one is tombstoned, a new one takes its slot');
select lives_ok(
  $$update public.scorecards set comments = 'Steady quarter' where id = pg_temp.fx('moved')$$,
  'a scorecard alone in its slot is edited freely');

-- The vendor a scorecard or a value item names is a vendor.
select throws_ok(
  $$insert into public.scorecards (org_id, vendor_account_id, period)
    values (pg_temp.fx('org1'), pg_temp.fx('acct1'), '2026-Q1')$$,
  'P0001', 'vendor_account_id: Health is an agency, not a vendor',
  'a scorecard''s vendor is a vendor account');
select throws_ok(
  $$insert into public.scorecards (org_id, vendor_account_id, agency_account_id, period)
    values (pg_temp.fx('org1'), pg_temp.fx('vendor1'), pg_temp.fx('vendor1'), '2026-Q1')$$,
  'P0001',
  'agency_account_id: Cloudco is a vendor; a scorecard is for an agency the vendor serves',
  'a scorecard''s agency is not a vendor');
select throws_ok(
  $$insert into public.value_items (org_id, account_id, vendor_account_id, title)
    values (pg_temp.fx('org1'), pg_temp.fx('acct1'), pg_temp.fx('partner1'), 'X')$$,
  'P0001', 'vendor_account_id: Advisors is a partner, not a vendor',
  'a value item''s vendor is a vendor account');
select throws_ok(
  $$update public.value_items set vendor_account_id = pg_temp.fx('acct1')
    where id = pg_temp.fx('value1')$$,
  'P0001', 'vendor_account_id: Health is an agency, not a vendor',
  'an update cannot make an agency an item''s vendor');
select lives_ok(
  $$insert into public.value_items (org_id, account_id, title)
    values (pg_temp.fx('org1'), pg_temp.fx('acct1'), 'No vendor')$$,
  'a value item needs no vendor');

-- History: nobody changes or deletes a value update, not even the owner; it goes with its item.
select ok(
  not has_table_privilege('authenticated', 'public.value_updates', 'update')
    and not has_table_privilege('authenticated', 'public.value_updates', 'delete'),
  'users have no privilege to update or delete value updates');
select throws_ok(
  $$update public.value_updates set note = 'Rewritten' where id = pg_temp.fx('update1')$$,
  '42501', null, 'its author cannot change a value update');
select pg_temp.act_as('admin');
select throws_ok(
  $$update public.value_updates set note = 'Rewritten' where id = pg_temp.fx('update1')$$,
  '42501', null, 'nor can an admin');
select throws_ok($$delete from public.value_updates where id = pg_temp.fx('update1')$$,
  '42501', null, 'nor delete one');
reset role;
select throws_ok(
  $$update public.value_updates set note = 'Rewritten' where id = pg_temp.fx('update1')$$,
  '42501', 'value_updates rows are history: they are never changed or deleted',
  'the table owner cannot change one either');
select throws_ok($$delete from public.value_updates where id = pg_temp.fx('update1')$$,
  '42501', 'value_updates rows are history: they are never changed or deleted',
  'nor delete one while its item is live');
update public.value_items set deleted_at = now() where id = pg_temp.fx('value1');
select throws_ok(
  $$update public.value_updates set note = 'Rewritten' where id = pg_temp.fx('update1')$$,
  '42501', null, 'nor change one once its item is tombstoned');
select is((select note from public.value_updates where id = pg_temp.fx('update1')),
  'Scoped with the CIO', 'the value update is as it was written');
delete from public.value_items where id = pg_temp.fx('value1');
select is((select count(*) from public.value_updates where value_item_id = pg_temp.fx('value1')),
  0::bigint, 'a tombstoned item''s updates go with it when the purge deletes it');
select is((select count(*) from public.value_updates where id = pg_temp.fx('update2')), 1::bigint,
  'and no other item''s');

select ok(
  (select count(*) = 7 and bool_and(p.proconfig @> array['search_path=""'])
   from pg_proc p join pg_namespace n on n.oid = p.pronamespace
   where n.nspname = 'public' and p.proname in ('stamp_history_row', 'refuse_value_history_change',
     'scorecard_grade', 'set_scorecard_grade', 'check_account_kind',
     'refuse_second_live_scorecard', 'require_live_value_item')),
  'the register''s functions run with an empty search_path');

-- History is for live items only, and is never itself a tombstone.
select pg_temp.act_as('manager');
select throws_ok(
  $$insert into public.value_updates (org_id, value_item_id, author_id, stage, deleted_at)
    values (pg_temp.fx('org1'), pg_temp.fx('value2_live'), pg_temp.fx('manager'), 'idea', now())$$,
  '23514', null, 'a value update cannot be written as a tombstone');
update public.value_items set deleted_at = now() where id = pg_temp.fx('value2_live');
select throws_ok(
  $$insert into public.value_updates (org_id, value_item_id, author_id, stage)
    values (pg_temp.fx('org1'), pg_temp.fx('value2_live'), pg_temp.fx('manager'), 'idea')$$,
  '23503', null, 'a value update cannot be added to a deleted item');
reset role;

select ok(
  not has_function_privilege('anon',
    'public.scorecard_grade(integer, integer, integer, integer, integer)', 'execute')
  and has_function_privilege('authenticated',
    'public.scorecard_grade(integer, integer, integer, integer, integer)', 'execute'),
  'the grade function is for signed-in users (their writes run it), not for anon');
select is(
  (select count(*) from information_schema.columns
   where table_schema = 'public' and table_name = 'value_updates'
     and column_name in ('stage', 'realised_value') and is_nullable = 'YES'),
  2::bigint, 'a value update records only what its change moved: stage and value may be null');
select ok(
  (select bool_and(numeric_scale = 3) from information_schema.columns
   where table_schema = 'public' and column_name like '%\_value' and data_type = 'numeric'),
  'every value keeps three decimals');

-- Last, as it locks the table until the rollback: the index holds the rule by itself (the
-- trigger only puts it in words), a missing agency included.
alter table public.scorecards disable trigger refuse_second_live_scorecard;
select throws_ok(
  $$insert into public.scorecards (org_id, vendor_account_id, period)
    values (pg_temp.fx('org1'), pg_temp.fx('vendor1'), '2026-Q3')$$,
  '23505', 'duplicate key value violates unique constraint "scorecards_one_live_per_period"',
  'the unique index alone refuses a second live scorecard with no agency');
select lives_ok(
  $$insert into public.scorecards (org_id, vendor_account_id, period, deleted_at)
    values (pg_temp.fx('org1'), pg_temp.fx('vendor1'), '2026-Q3', now())$$,
  'and lets tombstones pile up in a slot');

select * from finish();
rollback;
