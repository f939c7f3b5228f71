-- A tombstoned membership or assignment keeps its row until the purge, but no longer holds the
-- person's place: an admin invites or assigns the same person again with a new row, and only
-- one live row per (org, user) and (account, user) is allowed.
begin;
select plan(8);
\ir fixtures/two-orgs.psql

select pg_temp.act_as('admin');

update public.members set deleted_at = now()
where org_id = pg_temp.fx('org1') and user_id = pg_temp.fx('manager2');
select lives_ok(
  $$insert into public.members (org_id, user_id, role)
    values (pg_temp.fx('org1'), pg_temp.fx('manager2'), 'lead')$$,
  'an admin re-invites a removed member with a new row');
select results_eq(
  $$select role, deleted_at is not null from public.members
    where org_id = pg_temp.fx('org1') and user_id = pg_temp.fx('manager2') order by deleted_at is null$$,
  $$values ('manager', true), ('lead', false)$$,
  'the old membership stays a tombstone beside the new one');
select throws_ok(
  $$insert into public.members (org_id, user_id, role)
    values (pg_temp.fx('org1'), pg_temp.fx('manager2'), 'viewer')$$,
  '23505', null, 'a person still has one live membership per org');
select is(public.org_role(pg_temp.fx('org1')), 'admin', 'the admin is still the admin');

update public.assignments set deleted_at = now() where id = pg_temp.fx('assign1');
select lives_ok(
  $$insert into public.assignments (org_id, account_id, user_id, role)
    values (pg_temp.fx('org1'), pg_temp.fx('acct1'), pg_temp.fx('manager'), 'secondary')$$,
  'an admin re-assigns a person whose assignment was removed');
select isnt((select deleted_at from public.assignments where id = pg_temp.fx('assign1')), null,
  'the old assignment stays a tombstone');
select throws_ok(
  $$insert into public.assignments (org_id, account_id, user_id, role)
    values (pg_temp.fx('org1'), pg_temp.fx('acct1'), pg_temp.fx('manager'), 'primary')$$,
  '23505', null, 'a person still has one live assignment per relationship');

-- Restoring a tombstone while its pair is taken again is refused the same way.
select throws_ok(
  $$update public.assignments set deleted_at = null where id = pg_temp.fx('assign1')$$,
  '23505', null, 'a tombstone is not restored over a live assignment of the same pair');

select * from finish();
rollback;
