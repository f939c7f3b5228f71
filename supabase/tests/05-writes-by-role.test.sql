-- Admins, leads and managers write their org's data, but forums and their members are the
-- leads' and admins'; viewers never write; nobody writes into another org; synced data is never
-- hard-deleted (tombstones are updates of deleted_at).
begin;
select plan(49);
\ir fixtures/two-orgs.psql

-- One valid insert per table into org 1, the fixture row of org 1 to update, and who writes it:
-- any writer, or leads (and admins) only. Relationships, per column, are 15-role-matrix's.
create temp table writes (
  tbl text primary key, statement text not null, row_name text not null, writers text not null
);
insert into writes values
  ('contacts', $$insert into public.contacts (org_id, account_id, name)
    values (pg_temp.fx('org1'), pg_temp.fx('acct1'), 'New')$$, 'contact1', 'writers'),
  ('forums', $$insert into public.forums (org_id, name)
    values (pg_temp.fx('org1'), 'New')$$, 'forum1', 'leads'),
  ('forum_members', $$insert into public.forum_members (org_id, forum_id, contact_id)
    values (pg_temp.fx('org1'), pg_temp.fx('forum1'), pg_temp.fx('contact1'))$$, 'forum_member1',
    'leads'),
  ('checkins', $$insert into public.checkins (org_id, account_id)
    values (pg_temp.fx('org1'), pg_temp.fx('acct1'))$$, 'checkin1', 'writers'),
  ('action_items', $$insert into public.action_items (org_id, account_id, title)
    values (pg_temp.fx('org1'), pg_temp.fx('acct1'), 'New')$$, 'item1', 'writers'),
  ('value_items', $$insert into public.value_items (org_id, account_id, title)
    values (pg_temp.fx('org1'), pg_temp.fx('acct1'), 'New')$$, 'value1', 'writers'),
  ('scorecards', $$insert into public.scorecards (org_id, vendor_account_id, period)
    values (pg_temp.fx('org1'), pg_temp.fx('vendor1'), '2026-Q4')$$, 'score1', 'writers'),
  ('decisions', $$insert into public.decisions (org_id, account_id, title)
    values (pg_temp.fx('org1'), pg_temp.fx('acct1'), 'New')$$, 'decision1', 'writers'),
  ('risks', $$insert into public.risks (org_id, account_id, title, likelihood, impact)
    values (pg_temp.fx('org1'), pg_temp.fx('acct1'), 'New', 2, 3)$$, 'risk1', 'writers');
grant select on writes to authenticated;

-- How many rows an update of the fixture row changes as the current role (0 when RLS hides it).
create function pg_temp.updated(tbl text, fixture text) returns bigint
language plpgsql
as $$
declare
  changed bigint;
begin
  execute format('update public.%I set deleted_at = deleted_at where id = $1', tbl)
    using pg_temp.fx(fixture);
  get diagnostics changed = row_count;
  return changed;
end
$$;

select pg_temp.act_as('viewer');
select throws_ok(statement, '42501', null, format('a viewer cannot insert %s', tbl))
from writes order by tbl;
select is(pg_temp.updated(tbl, row_name), 0::bigint, format('a viewer cannot update %s', tbl))
from writes order by tbl;

select pg_temp.act_as('manager');
select lives_ok(statement, format('a manager inserts %s', tbl))
from writes where writers = 'writers' order by tbl;
select is(pg_temp.updated(tbl, row_name), 1::bigint, format('a manager updates %s', tbl))
from writes where writers = 'writers' order by tbl;
select throws_ok(statement, '42501', null, format('a manager cannot insert %s', tbl))
from writes where writers = 'leads' order by tbl;
select is(pg_temp.updated(tbl, row_name), 0::bigint, format('a manager cannot update %s', tbl))
from writes where writers = 'leads' order by tbl;

select pg_temp.act_as('lead');
select lives_ok(statement, format('a lead inserts %s', tbl))
from writes where writers = 'leads' order by tbl;
select is(pg_temp.updated(tbl, row_name), 1::bigint, format('a lead updates %s', tbl))
from writes where writers = 'leads' order by tbl;
-- Relationships are an admin's to create (15-role-matrix.test.sql has every column's rule).
select throws_ok(
  $$insert into public.accounts (org_id, kind, name) values (pg_temp.fx('org1'), 'vendor', 'L')$$,
  '42501', null, 'a lead cannot insert accounts');
select is(pg_temp.updated('action_items', 'item1'), 1::bigint, 'a lead updates commitments');

select pg_temp.act_as('manager');
select throws_ok(
  $$insert into public.accounts (org_id, kind, name) values (pg_temp.fx('org2'), 'agency', 'X')$$,
  '42501', null, 'a manager cannot insert into another org');
select is(pg_temp.updated('accounts', 'acct2'), 0::bigint,
  'a manager cannot update another org''s rows');
select throws_ok(
  $$update public.accounts set org_id = pg_temp.fx('org2') where id = pg_temp.fx('acct1')$$,
  '23514', null, 'a manager cannot move a row into another org');

select throws_ok(
  $$delete from public.accounts where id = pg_temp.fx('vendor1')$$,
  '42501', null, 'a manager cannot hard-delete an account');
select pg_temp.act_as('admin');
select throws_ok(
  $$delete from public.checkins where id = pg_temp.fx('checkin1')$$,
  '42501', null, 'even an admin cannot hard-delete a check-in');

select pg_temp.act_as('manager');
update public.action_items set deleted_at = now() where id = pg_temp.fx('item1');
select isnt((select deleted_at from public.action_items where id = pg_temp.fx('item1')), null,
  'a manager tombstones a commitment');
select is((select version from public.action_items where id = pg_temp.fx('item1')), 4::bigint,
  'every update bumped the version (manager, lead, tombstone)');

select * from finish();
rollback;
