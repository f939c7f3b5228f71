-- How long sync history is kept: the log records the device of each pushed change, and the
-- purge removes log entries and tombstones past their age, moving the horizon that sends older
-- pull cursors back to a full download.
begin;
select plan(17);
\ir fixtures/two-orgs.psql

select has_column('public', 'change_log', 'client_id', 'the change log names the device');

select set_config('liaison.client_id', pg_temp.fx('client1')::text, true);
update public.accounts set name = 'Health and care' where id = pg_temp.fx('acct1');
select set_config('liaison.client_id', '', true);
update public.accounts set name = 'Transport and roads' where id = pg_temp.fx('acct2');

select is(
  (select client_id from public.change_log where row_id = pg_temp.fx('acct1')
   order by id desc limit 1),
  pg_temp.fx('client1'),
  'a change made by a push records its device');
select is(
  (select client_id from public.change_log where row_id = pg_temp.fx('acct2')
   order by id desc limit 1),
  null::uuid,
  'a change made outside sync records no device');

select ok(
  (select p.prosecdef and p.proconfig @> array['search_path=""']
   from pg_proc p join pg_namespace n on n.oid = p.pronamespace
   where n.nspname = 'public' and p.proname = 'purge_sync_history'),
  'the purge is security definer with an empty search_path');
select ok(
  not has_function_privilege('authenticated', 'public.purge_sync_history(interval)', 'execute')
    and not has_function_privilege('anon', 'public.purge_sync_history(interval)', 'execute'),
  'users cannot purge');
select ok(
  has_function_privilege('service_role', 'public.purge_sync_history(interval)', 'execute'),
  'the service role can purge');
select ok(
  has_table_privilege('authenticated', 'public.sync_horizon', 'select')
    and not has_table_privilege('authenticated', 'public.sync_horizon', 'insert')
    and not has_table_privilege('authenticated', 'public.sync_horizon', 'update')
    and not has_table_privilege('authenticated', 'public.sync_horizon', 'delete'),
  'users read the horizon and cannot move it');

select pg_temp.act_as('viewer');
select is((select count(*) from public.sync_horizon), 1::bigint, 'the horizon is one row');
reset role;

-- Old history: contact1, vendor1 and value2 were deleted 100 days ago (vendor1 is still
-- referenced by a value item; value2 has a value update); item1 was deleted today. A committed
-- transaction can't be made inside this test, so the old log entries are written with an old
-- xid; the fixture's own entries, though backdated too, belong to this still-running
-- transaction.
update public.accounts set deleted_at = now() - interval '100 days'
where id = pg_temp.fx('vendor1');
update public.contacts set deleted_at = now() - interval '100 days'
where id = pg_temp.fx('contact1');
update public.action_items set deleted_at = now() where id = pg_temp.fx('item1');
update public.value_items set deleted_at = now() - interval '100 days'
where id = pg_temp.fx('value2');
update public.change_log set changed_at = now() - interval '100 days'
where org_id in (pg_temp.fx('org1'), pg_temp.fx('org2'));
insert into public.change_log (xid, table_name, row_id, org_id, version, deleted, changed_at)
values ('3', 'contacts', pg_temp.fx('contact1'), pg_temp.fx('org1'), 1, false,
  now() - interval '100 days');
create temp table contact1_entries as
select count(*) as n from public.change_log where row_id = pg_temp.fx('contact1') and xid <> '3';

select ok(public.purge_sync_history() >= '4'::xid8, 'the horizon moves past the purged entries');
select is(
  (select count(*) from public.change_log c, public.sync_horizon h where c.xid < h.xid),
  0::bigint,
  'no log entry is left below the horizon');
select ok(
  (select count(*) from public.change_log
   where org_id = pg_temp.fx('org1') and xid = pg_current_xact_id()) > 0,
  'old entries of a transaction still running stay');
select is(
  (select count(*) from public.contacts where id = pg_temp.fx('contact1')),
  0::bigint,
  'an old tombstone is removed');
select is(
  (select count(*) from public.change_log where row_id = pg_temp.fx('contact1')),
  (select n + 1 from contact1_entries),
  'removing it is logged');
select is(
  (select count(*) from public.accounts where id = pg_temp.fx('vendor1')),
  1::bigint,
  'an old tombstone that a live row still references stays');
select is(
  (select count(*) from public.action_items where id = pg_temp.fx('item1')),
  1::bigint,
  'a recent tombstone stays');
select is(
  (select count(*) from public.value_items where id = pg_temp.fx('value2')),
  0::bigint,
  'an old tombstoned value item is removed, though value updates point at it');
select is(
  (select count(*) from public.value_updates where id = pg_temp.fx('update2')),
  0::bigint,
  'its value updates go with it');

select * from finish();
rollback;
