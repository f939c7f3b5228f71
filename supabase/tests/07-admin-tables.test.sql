-- Orgs, members and assignments are the admin's: only an admin of the org changes them, and
-- members and assignments are the only synced rows that may be hard-deleted.
begin;
select plan(20);
\ir fixtures/two-orgs.psql

-- How many rows `statement` changed as the current role (0 when row-level security hid them).
create function pg_temp.changed(statement text) returns bigint
language plpgsql
as $$
declare
  n bigint;
begin
  execute statement;
  get diagnostics n = row_count;
  return n;
end
$$;

select pg_temp.act_as('manager');
select throws_ok(
  $$insert into public.members (org_id, user_id, role)
    values (pg_temp.fx('org1'), pg_temp.fx('stranger'), 'manager')$$,
  '42501', null, 'a manager cannot add members');
select is(pg_temp.changed($$update public.members set role = 'admin'
    where user_id = pg_temp.fx('manager') and org_id = pg_temp.fx('org1')$$), 0::bigint,
  'a manager cannot promote themselves');
select is(pg_temp.changed($$delete from public.members where user_id = pg_temp.fx('viewer')$$),
  0::bigint, 'a manager cannot remove members');
select throws_ok(
  $$insert into public.assignments (org_id, account_id, user_id)
    values (pg_temp.fx('org1'), pg_temp.fx('vendor1'), pg_temp.fx('manager'))$$,
  '42501', null, 'a manager cannot assign relationships');
select is(pg_temp.changed($$update public.assignments set role = 'secondary'
    where id = pg_temp.fx('assign1')$$), 0::bigint, 'a manager cannot change assignments');
select is(pg_temp.changed($$delete from public.assignments where id = pg_temp.fx('assign1')$$),
  0::bigint, 'a manager cannot remove assignments');
select is(pg_temp.changed($$update public.orgs set name = 'Mine' where id = pg_temp.fx('org1')$$),
  0::bigint, 'a manager cannot rename the org');

select pg_temp.act_as('lead');
select throws_ok(
  $$insert into public.members (org_id, user_id, role)
    values (pg_temp.fx('org1'), pg_temp.fx('stranger'), 'viewer')$$,
  '42501', null, 'a lead cannot add members');
select pg_temp.act_as('viewer');
select throws_ok(
  $$insert into public.assignments (org_id, account_id, user_id)
    values (pg_temp.fx('org1'), pg_temp.fx('vendor1'), pg_temp.fx('viewer'))$$,
  '42501', null, 'a viewer cannot assign relationships');

select pg_temp.act_as('admin');
select lives_ok(
  $$insert into public.members (org_id, user_id, role, display_name)
    values (pg_temp.fx('org1'), pg_temp.fx('stranger'), 'manager', 'New hire')$$,
  'an admin adds a member');
select is(pg_temp.changed($$update public.members set role = 'manager'
    where user_id = pg_temp.fx('viewer') and org_id = pg_temp.fx('org1')$$), 1::bigint,
  'an admin changes a member''s role');
select lives_ok(
  $$insert into public.assignments (org_id, account_id, user_id, role)
    values (pg_temp.fx('org1'), pg_temp.fx('acct1'), pg_temp.fx('manager2'), 'secondary')$$,
  'an admin assigns a relationship');
select is(pg_temp.changed($$delete from public.assignments where id = pg_temp.fx('assign1')$$),
  1::bigint, 'an admin removes an assignment');
select is(pg_temp.changed($$delete from public.members
    where user_id = pg_temp.fx('lead') and org_id = pg_temp.fx('org1')$$), 1::bigint,
  'an admin removes a member');
select is(
  pg_temp.changed($$update public.orgs set name = 'Renamed' where id = pg_temp.fx('org1')$$),
  1::bigint, 'an admin renames the org');

select throws_ok(
  $$insert into public.members (org_id, user_id, role)
    values (pg_temp.fx('org2'), pg_temp.fx('stranger'), 'admin')$$,
  '42501', null, 'an admin cannot add members to another org');
select is(pg_temp.changed($$delete from public.assignments where id = pg_temp.fx('assign2')$$),
  0::bigint, 'an admin cannot remove another org''s assignments');
select is(pg_temp.changed($$update public.orgs set name = 'Taken' where id = pg_temp.fx('org2')$$),
  0::bigint, 'an admin cannot rename another org');
select throws_ok(
  $$insert into public.orgs (name) values ('Self-made')$$,
  '42501', null, 'nobody creates an org through the API');
select throws_ok(
  $$delete from public.orgs where id = pg_temp.fx('org1')$$,
  '42501', null, 'nobody deletes an org through the API');

select * from finish();
rollback;
