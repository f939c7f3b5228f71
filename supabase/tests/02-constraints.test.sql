-- Data rules enforced by the database whoever writes: enumerations, ranges, length limits,
-- tier cadence defaults, the server-owned version and references that stay inside one org.
begin;
select plan(38);
\ir fixtures/two-orgs.psql

insert into fixture_ids (name) values ('strategic'), ('core'), ('transactional'), ('custom');
insert into public.accounts (id, org_id, kind, name, tier)
select pg_temp.fx(t), pg_temp.fx('org1'), 'agency', t, t
from unnest(array['strategic', 'core', 'transactional']) as t;
insert into public.accounts (id, org_id, kind, name, tier, cadence_days, version)
values (pg_temp.fx('custom'), pg_temp.fx('org1'), 'partner', 'Custom', 'strategic', 21, 99);

select is((select cadence_days from public.accounts where id = pg_temp.fx('strategic')), 14,
  'a strategic account defaults to a 14-day cadence');
select is((select cadence_days from public.accounts where id = pg_temp.fx('core')), 30,
  'a core account defaults to a 30-day cadence');
select is((select cadence_days from public.accounts where id = pg_temp.fx('transactional')), 90,
  'a transactional account defaults to a 90-day cadence');
select is((select cadence_days from public.accounts where id = pg_temp.fx('custom')), 21,
  'an explicit cadence is kept');
select is((select version from public.accounts where id = pg_temp.fx('custom')), 1::bigint,
  'a new row starts at version 1 whatever the writer sends');

update public.accounts set name = 'Custom 2' where id = pg_temp.fx('custom');
select is((select version from public.accounts where id = pg_temp.fx('custom')), 2::bigint,
  'an update bumps the version');

select throws_ok(
  $$update public.accounts set org_id = pg_temp.fx('org2') where id = pg_temp.fx('custom')$$,
  '23514', null, 'a row cannot move to another org');
select throws_ok(
  $$update public.accounts set id = gen_random_uuid() where id = pg_temp.fx('custom')$$,
  '23514', null, 'a row keeps its id');
select throws_ok(
  $$update public.accounts set created_at = now() - interval '1 day'
    where id = pg_temp.fx('custom')$$,
  '23514', null, 'a row keeps its created_at');

select throws_ok(
  $$insert into public.accounts (org_id, kind, name, cadence_days)
    values (pg_temp.fx('org1'), 'agency', 'Zero', 0)$$,
  '23514', null, 'cadence_days must be positive');
select throws_ok(
  $$insert into public.accounts (org_id, kind, name) values (pg_temp.fx('org1'), 'customer', 'X')$$,
  '23514', null, 'account kind is one of agency, vendor, partner, internal');
select throws_ok(
  $$insert into public.accounts (org_id, kind, name, tier)
    values (pg_temp.fx('org1'), 'agency', 'X', 'gold')$$,
  '23514', null, 'tier is one of strategic, core, transactional');
select throws_ok(
  $$insert into public.accounts (org_id, kind, name, maturity_self)
    values (pg_temp.fx('org1'), 'agency', 'X', 6)$$,
  '23514', null, 'maturity is 1 to 5');
select throws_ok(
  $$insert into public.accounts (org_id, kind, name)
    values (pg_temp.fx('org1'), 'agency', repeat('n', 201))$$,
  '23514', null, 'a name is at most 200 characters');
select throws_ok(
  $$insert into public.checkins (org_id, account_id, author_id, trust_pulse)
    values (pg_temp.fx('org1'), pg_temp.fx('acct1'), pg_temp.fx('manager'), 0)$$,
  '23514', null, 'trust_pulse is 1 to 5');
select throws_ok(
  $$insert into public.checkins (org_id, account_id, author_id, visibility)
    values (pg_temp.fx('org1'), pg_temp.fx('acct1'), pg_temp.fx('manager'), 'team')$$,
  '23514', null, 'visibility is org or private');
select throws_ok(
  $$insert into public.checkins (org_id, account_id, author_id, notes)
    values (pg_temp.fx('org1'), pg_temp.fx('acct1'), pg_temp.fx('manager'), repeat('n', 20001))$$,
  '23514', null, 'notes are at most 20000 characters');
select throws_ok(
  $$insert into public.contacts (org_id, account_id, name, influence)
    values (pg_temp.fx('org1'), pg_temp.fx('acct1'), 'X', 'boss')$$,
  '23514', null, 'influence is one of the five kinds');
select throws_ok(
  $$insert into public.action_items (org_id, account_id, title, status)
    values (pg_temp.fx('org1'), pg_temp.fx('acct1'), 'X', 'closed')$$,
  '23514', null, 'an action item status is open, done or dropped');
select throws_ok(
  $$insert into public.action_items (org_id, account_id, title, owner_side)
    values (pg_temp.fx('org1'), pg_temp.fx('acct1'), 'X', 'partner')$$,
  '23514', null, 'owner_side is us, them or vendor');
select throws_ok(
  $$insert into public.value_items (org_id, account_id, title, stage)
    values (pg_temp.fx('org1'), pg_temp.fx('acct1'), 'X', 'done')$$,
  '23514', null, 'a value stage is one of the six stages');
select throws_ok(
  $$insert into public.scorecards (org_id, vendor_account_id, period)
    values (pg_temp.fx('org1'), pg_temp.fx('vendor1'), '2026-Q5')$$,
  '23514', null, 'a period looks like 2026-Q3');
insert into fixture_ids (name) values ('graded');
insert into public.scorecards (id, org_id, vendor_account_id, period, delivery, grade)
values (pg_temp.fx('graded'), pg_temp.fx('org1'), pg_temp.fx('vendor1'), '2026-Q4', 2, 'E');
select is((select grade from public.scorecards where id = pg_temp.fx('graded')), 'F',
  'a sent grade is replaced by the server''s (delivery 2 alone: a mean of 2 is an F)');
select throws_ok(
  $$insert into public.scorecards (org_id, vendor_account_id, period, delivery)
    values (pg_temp.fx('org1'), pg_temp.fx('vendor1'), '2027-Q2', 0)$$,
  '23514', null, 'scorecard ratings are 1 to 5');
select lives_ok(
  $$insert into public.scorecards (org_id, vendor_account_id, period, outcomes, grade)
    values (pg_temp.fx('org1'), pg_temp.fx('vendor1'), '2027-Q1', 5, 'A')$$,
  'a well-formed scorecard is accepted');
select throws_ok(
  $$insert into public.forum_members (org_id, forum_id, account_id, contact_id)
    values (pg_temp.fx('org1'), pg_temp.fx('forum1'), pg_temp.fx('acct1'),
      pg_temp.fx('contact1'))$$,
  '23514', null, 'a forum member is exactly one of an account, a contact or a user');
select throws_ok(
  $$insert into public.members (org_id, user_id, role)
    values (pg_temp.fx('org1'), pg_temp.fx('viewer'), 'admin')$$,
  '23505', null, 'a user is a member of an org once');
select throws_ok(
  $$insert into public.assignments (org_id, account_id, user_id, role)
    values (pg_temp.fx('org1'), pg_temp.fx('acct1'), pg_temp.fx('manager'), 'secondary')$$,
  '23505', null, 'a user is assigned to an account once');

-- References never cross orgs.
select throws_ok(
  $$insert into public.action_items (org_id, account_id, title)
    values (pg_temp.fx('org1'), pg_temp.fx('acct2'), 'X')$$,
  '23503', null, 'an action item cannot point at another org''s account');
select throws_ok(
  $$insert into public.action_items (org_id, account_id, contact_id, title)
    values (pg_temp.fx('org1'), pg_temp.fx('acct1'), pg_temp.fx('contact2'), 'X')$$,
  '23503', null, 'an action item cannot point at another org''s contact');
select throws_ok(
  $$insert into public.action_items (org_id, account_id, checkin_id, title)
    values (pg_temp.fx('org1'), pg_temp.fx('acct1'), pg_temp.fx('checkin2'), 'X')$$,
  '23503', null, 'an action item cannot point at another org''s check-in');
select throws_ok(
  $$insert into public.checkins (org_id, account_id, author_id, kind, forum_id)
    values (pg_temp.fx('org1'), pg_temp.fx('acct1'), pg_temp.fx('manager'), 'forum',
      pg_temp.fx('forum2'))$$,
  '23503', null, 'a check-in cannot point at another org''s forum');
select throws_ok(
  $$insert into public.value_items (org_id, account_id, vendor_account_id, title)
    values (pg_temp.fx('org1'), pg_temp.fx('acct1'), pg_temp.fx('vendor2'), 'X')$$,
  '23503', null, 'a value item cannot name another org''s vendor');
select throws_ok(
  $$insert into public.scorecards (org_id, vendor_account_id, agency_account_id, period)
    values (pg_temp.fx('org1'), pg_temp.fx('vendor1'), pg_temp.fx('acct2'), '2026-Q1')$$,
  '23503', null, 'a scorecard cannot name another org''s agency');
select throws_ok(
  $$insert into public.forum_members (org_id, forum_id, contact_id)
    values (pg_temp.fx('org1'), pg_temp.fx('forum1'), pg_temp.fx('contact2'))$$,
  '23503', null, 'a forum cannot seat another org''s contact');

-- People referenced by a row belong to its org.
select throws_ok(
  $$insert into public.assignments (org_id, account_id, user_id)
    values (pg_temp.fx('org1'), pg_temp.fx('vendor1'), pg_temp.fx('stranger'))$$,
  '23503', null, 'only a member of the org can be assigned to its account');
select throws_ok(
  $$update public.action_items set assignee_user_id = pg_temp.fx('outsider')
    where id = pg_temp.fx('item1')$$,
  '23503', null, 'an action item cannot be assigned to a member of another org');
select throws_ok(
  $$insert into public.checkins (org_id, account_id, author_id)
    values (pg_temp.fx('org1'), pg_temp.fx('acct1'), pg_temp.fx('stranger'))$$,
  '23503', null, 'a check-in author is a member of the org');

select * from finish();
rollback;
