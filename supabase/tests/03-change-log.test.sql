-- The change log that pull reads: one row per insert, update, tombstone or hard delete of a
-- synced row, written in the writing transaction under its xid8.
begin;
select plan(9);
\ir fixtures/two-orgs.psql
\ir fixtures/synced-tables.psql

select is_empty(
  $$select t from unnest(pg_temp.synced_tables()) as t
    where not exists (select 1 from pg_trigger g
      where g.tgrelid = ('public.' || t)::regclass and g.tgname = 'log_change')$$,
  'every synced table logs its changes'
);

select results_eq(
  $$select table_name, org_id, version, deleted from public.change_log
    where row_id = pg_temp.fx('acct1')$$,
  $$values ('accounts'::text, pg_temp.fx('org1'), 1::bigint, false)$$,
  'an insert logs the table, org and version 1'
);

select results_eq(
  $$select table_name, org_id from public.change_log where row_id = pg_temp.fx('org1')$$,
  $$values ('orgs'::text, pg_temp.fx('org1'))$$,
  'an org logs itself as its org'
);

select is(
  (select bool_and(xid = pg_current_xact_id()) from public.change_log
   where org_id in (pg_temp.fx('org1'), pg_temp.fx('org2'))),
  true,
  'log rows carry the xid of the writing transaction'
);

update public.accounts set name = 'Health dept' where id = pg_temp.fx('acct1');
update public.accounts set deleted_at = now() where id = pg_temp.fx('vendor1');
delete from public.assignments where id = pg_temp.fx('assign1');

select results_eq(
  $$select version, deleted from public.change_log
    where row_id = pg_temp.fx('acct1') order by id$$,
  $$values (1::bigint, false), (2::bigint, false)$$,
  'an update logs the new version'
);

select results_eq(
  $$select version, deleted from public.change_log
    where row_id = pg_temp.fx('vendor1') order by id desc limit 1$$,
  $$values (2::bigint, true)$$,
  'a tombstone logs a delete'
);

select results_eq(
  $$select table_name, deleted from public.change_log
    where row_id = pg_temp.fx('assign1') order by id desc limit 1$$,
  $$values ('assignments'::text, true)$$,
  'a hard delete logs a delete'
);

select ok(
  (select max(id) from public.change_log where row_id = pg_temp.fx('acct1'))
    > (select min(id) from public.change_log where row_id = pg_temp.fx('acct1')),
  'log ids grow in write order'
);

select pg_temp.act_as('manager');
update public.contacts set title = 'CIO' where id = pg_temp.fx('contact1');
reset role;
select results_eq(
  $$select version from public.change_log where row_id = pg_temp.fx('contact1') order by id$$,
  $$values (1::bigint), (2::bigint)$$,
  'a user''s change is logged though users cannot write the log themselves'
);

select * from finish();
rollback;
