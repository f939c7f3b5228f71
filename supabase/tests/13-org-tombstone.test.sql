-- No user tombstones an organisation, an admin included; the service still can.
begin;
select plan(4);
\ir fixtures/two-orgs.psql

select pg_temp.act_as('admin');
select throws_ok(
  $$update public.orgs set deleted_at = now() where id = pg_temp.fx('org1')$$,
  'P0001', null, 'an admin cannot delete their organisation');
update public.orgs set name = 'Renamed office' where id = pg_temp.fx('org1');
select is((select name from public.orgs where id = pg_temp.fx('org1')), 'Renamed office',
  'an admin still renames it');

reset role;
update public.orgs set deleted_at = now() where id = pg_temp.fx('org2');
select isnt((select deleted_at from public.orgs where id = pg_temp.fx('org2')), null,
  'the table owner (the service) closes an organisation');

update public.orgs set deleted_at = now() where id = pg_temp.fx('org1');
select pg_temp.act_as('admin');
select throws_ok(
  $$update public.orgs set deleted_at = null where id = pg_temp.fx('org1')$$,
  'P0001', null, 'nor does an admin restore one');

select * from finish();
rollback;
