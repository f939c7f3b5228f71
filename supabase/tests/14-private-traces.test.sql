-- No trace of a private check-in reaches anyone but its author (issue 11), role by role: the
-- change log shows others only what they could see of the row itself, the conflict and
-- rejection logs are the server's alone, and any log table added later is held to the same rule.
begin;
select plan(17);
\ir fixtures/two-orgs.psql
\ir fixtures/as-everyone.psql

-- A check-in shared first, then made private, then edited while private. private1 (the
-- fixture's) has been private from the start.
insert into fixture_ids (name) values ('later1');
insert into public.checkins (id, org_id, account_id, author_id, kind, notes, visibility) values
  (pg_temp.fx('later1'), pg_temp.fx('org1'), pg_temp.fx('acct1'), pg_temp.fx('manager'),
   'visit', 'shared at first', 'org');
update public.checkins set visibility = 'private' where id = pg_temp.fx('later1');
update public.checkins set notes = 'written while private' where id = pg_temp.fx('later1');
insert into public.sync_conflicts (org_id, table_name, row_id, field, lost_value, kept_value,
  client_id, user_id, base_version, server_version) values
  (pg_temp.fx('org1'), 'checkins', pg_temp.fx('private1'), 'notes', '"private draft"',
   '"private notes"', pg_temp.fx('client1'), pg_temp.fx('manager'), 1, 2);

select is(
  pg_temp.finders($$select count(*) from public.change_log where row_id = pg_temp.fx('private1')$$),
  array['manager'],
  'a check-in private from the start: only its author finds it in the change log');
select is(
  pg_temp.finders($$select count(*) from public.change_log where row_id = pg_temp.fx('later1')
    and version >= 3$$),
  array['manager'],
  'an edit of a check-in already private: only its author finds it in the change log');
select is(
  pg_temp.finders($$select count(*) from public.change_log where row_id = pg_temp.fx('later1')
    and version = 2$$),
  array['admin', 'lead', 'manager', 'manager2', 'viewer'],
  'the change that made a shared check-in private stays readable by the org (pull''s delete)');
select is(
  pg_temp.finders($$select count(*) from public.change_log where row_id = pg_temp.fx('checkin1')$$),
  array['admin', 'lead', 'manager', 'manager2', 'viewer'],
  'a shared check-in''s changes are read by its org, and only by its org');
select is(
  pg_temp.finders($$select count(*) from public.sync_conflicts$$), '{}'::text[],
  'nobody reads the conflict log, a private check-in''s overwritten notes included');
select is(
  pg_temp.finders($$select count(*) from public.sync_rejections$$), '{}'::text[],
  'nobody reads the rejection log, not even their own rejections');
select is(
  pg_temp.allowed($$insert into public.sync_conflicts (org_id, table_name, row_id, field,
      user_id) values (pg_temp.fx('org1'), 'accounts', pg_temp.fx('acct1'), 'name',
      (select auth.uid()))$$),
  '{}'::text[], 'nobody writes the conflict log through the Data API');
select is(
  pg_temp.allowed($$insert into public.sync_rejections (client_id, user_id, seq, code)
      values (pg_temp.fx('client1'), (select auth.uid()), 9, 'forbidden')$$),
  '{}'::text[], 'nobody writes the rejection log through the Data API');
select is(
  pg_temp.allowed($$delete from public.change_log where org_id = pg_temp.fx('org1')$$),
  '{}'::text[], 'nobody deletes change-log entries through the Data API');

-- Tombstoning the private check-in: still only its author's trace.
update public.checkins set deleted_at = now() where id = pg_temp.fx('private1');
select is(
  pg_temp.finders($$select count(*) from public.change_log where row_id = pg_temp.fx('private1')
    and deleted$$),
  array['manager'], 'deleting a private check-in leaves a trace for its author only');

-- Made shared again: everyone sees it from then on.
update public.checkins set visibility = 'org' where id = pg_temp.fx('later1');
select is(
  pg_temp.finders($$select count(*) from public.change_log where row_id = pg_temp.fx('later1')
    and version = 4$$),
  array['admin', 'lead', 'manager', 'manager2', 'viewer'],
  'a private check-in shared again reaches the org');

-- The rules for every table, present and future.
select is(
  (select array_agg(c.relname::text order by c.relname) from pg_class c
    where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')
      and not c.relrowsecurity),
  null, 'every table of the public schema has row-level security');
select is(
  (select array_agg(c.relname::text order by c.relname) from pg_class c
    where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p', 'v', 'm')
      and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'e')
      and has_table_privilege('anon', c.oid, 'select, insert, update, delete, truncate, references, trigger')),
  null, 'anon has no privilege on any table of ours (pgTAP''s own views aside)');
select is(
  (select array_agg(c.relname::text order by c.relname) from pg_class c
    where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p', 'v', 'm')
      and (c.relname like 'sync\_%' or c.relname like '%\_log' or c.relname like '%\_logs')
      and has_table_privilege('authenticated', c.oid, 'select')),
  array['change_log', 'sync_clients', 'sync_horizon'],
  'of the sync logs, a signed-in user reads only the change log (as tested above), their devices and the horizon');
select is(
  (select array_agg(c.relname::text order by c.relname) from pg_class c
    where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p', 'v', 'm')
      and (c.relname like 'sync\_%' or c.relname like '%\_log' or c.relname like '%\_logs')
      and has_table_privilege('authenticated', c.oid, 'insert, update, delete, truncate')),
  array['sync_clients'], 'of the sync logs, a signed-in user writes only their own devices');
select is(
  (select array_agg(s.relname::text order by s.relname) from pg_class s
    where s.relnamespace = 'public'::regnamespace and s.relkind = 'S'
      and (s.relname like 'sync\_%' or s.relname like 'change\_log%')
      and case when s.relkind = 'S'
            then has_sequence_privilege('authenticated', s.oid, 'usage, update') end),
  null, 'nor do they draw ids from the logs'' sequences');
select is(
  (select array_agg(p.policyname::text order by p.policyname) from pg_policies p
    where p.schemaname = 'public' and p.tablename = 'change_log'),
  array['members read what they could see'],
  'the change log has one policy, the one tested above');

select * from finish();
rollback;
