-- The sync bookkeeping: a device (sync_clients) belongs to one user; the change log is
-- readable by the org's members; nobody forges the log. The rejection and conflict logs are
-- the server's alone (14-private-traces).
begin;
select plan(18);
\ir fixtures/two-orgs.psql

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
select results_eq(
  $$select client_id from public.sync_clients
    where client_id in (pg_temp.fx('client1'), pg_temp.fx('client2'))$$,
  $$values (pg_temp.fx('client1'))$$,
  'a user sees their own device only');
select lives_ok(
  $$insert into public.sync_clients (client_id, user_id, org_id)
    values (gen_random_uuid(), pg_temp.fx('manager'), pg_temp.fx('org1'))$$,
  'a user registers a device of their own');
select throws_ok(
  $$insert into public.sync_clients (client_id, user_id)
    values (gen_random_uuid(), pg_temp.fx('manager2'))$$,
  '42501', null, 'a user cannot register a device for someone else');
select throws_ok(
  $$insert into public.sync_clients (client_id, user_id, org_id)
    values (gen_random_uuid(), pg_temp.fx('manager'), pg_temp.fx('org2'))$$,
  '42501', null, 'a user cannot bind a device to an org they do not belong to');
select is(
  pg_temp.changed($$insert into public.sync_clients (client_id, user_id)
    values (pg_temp.fx('client2'), pg_temp.fx('manager')) on conflict (client_id) do nothing$$),
  0::bigint,
  'claiming another user''s device id changes nothing (push answers 403)');
select is(pg_temp.changed($$update public.sync_clients set last_seq = 4
    where client_id = pg_temp.fx('client1')$$), 1::bigint, 'a user advances their device''s seq');
select is(pg_temp.changed($$update public.sync_clients set last_seq = 9
    where client_id = pg_temp.fx('client2')$$), 0::bigint,
  'a user cannot touch another user''s device');
select throws_ok(
  $$update public.sync_clients set user_id = pg_temp.fx('manager2')
    where client_id = pg_temp.fx('client1')$$,
  '42501', null, 'a device cannot be handed to another user');
select throws_ok(
  $$delete from public.sync_clients where client_id = pg_temp.fx('client1')$$,
  '42501', null, 'devices are not deleted through the API');

select pg_temp.act_as('manager2');
select is((select count(*) from public.sync_clients where client_id = pg_temp.fx('client1')),
  0::bigint, 'a colleague in the same org does not see the device');

select pg_temp.act_as('manager');
select throws_ok(
  $$insert into public.sync_rejections (client_id, user_id, seq, code)
    values (pg_temp.fx('client1'), pg_temp.fx('manager2'), 6, 'validation')$$,
  '42501', null, 'a user cannot record rejections for someone else');

select pg_temp.act_as('viewer');
select throws_ok(
  $$insert into public.sync_conflicts (org_id, table_name, row_id, field)
    values (pg_temp.fx('org1'), 'accounts', pg_temp.fx('acct1'), 'name')$$,
  '42501', null, 'a viewer cannot write the conflict log');
select cmp_ok(
  (select count(*) from public.change_log where org_id = pg_temp.fx('org1')), '>', 0::bigint,
  'members read their org''s change log');
select is(
  (select count(*) from public.change_log where org_id = pg_temp.fx('org2')), 0::bigint,
  'members read nothing of another org''s change log');

select pg_temp.act_as('manager');
select throws_ok(
  $$insert into public.sync_conflicts (org_id, table_name, row_id, field)
    values (pg_temp.fx('org2'), 'accounts', pg_temp.fx('acct2'), 'name')$$,
  '42501', null, 'nobody writes another org''s conflict log');
select throws_ok(
  $$insert into public.change_log (table_name, row_id, org_id, version)
    values ('accounts', pg_temp.fx('acct1'), pg_temp.fx('org1'), 99)$$,
  '42501', null, 'users cannot forge change-log entries');
select throws_ok(
  $$update public.change_log set version = 99 where org_id = pg_temp.fx('org1')$$,
  '42501', null, 'users cannot rewrite the change log');

select pg_temp.act_as('outsider');
select is((select count(*) from public.change_log where org_id = pg_temp.fx('org1')),
  0::bigint, 'the other org sees none of org 1''s change log');

select * from finish();
rollback;
