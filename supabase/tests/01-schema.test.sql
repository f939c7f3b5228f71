-- The shape the app and the sync protocol rely on: the tables, the common sync columns,
-- row-level security switched on everywhere and the grants of the API roles.
begin;
select plan(24);
\ir fixtures/synced-tables.psql

select has_table('public', t, format('table public.%s exists', t))
from unnest(pg_temp.synced_tables() || pg_temp.sync_log_tables()) as t;

select is_empty(
  $$select tablename from pg_tables where schemaname = 'public' and not rowsecurity$$,
  'every table in public has row-level security enabled'
);

select is_empty(
  $$select t || '.' || c
    from unnest(pg_temp.synced_tables()) as t
    cross join unnest(array['id', 'created_at', 'updated_at', 'deleted_at', 'version']) as c
    where not exists (select 1 from information_schema.columns i
      where i.table_schema = 'public' and i.table_name = t and i.column_name = c)
    union all
    select t from unnest(array_remove(pg_temp.synced_tables(), 'orgs')) as t
    where not exists (select 1 from information_schema.columns i
      where i.table_schema = 'public' and i.table_name = t and i.column_name = 'org_id'
        and i.is_nullable = 'NO')$$,
  'every synced table has id, org_id, created_at, updated_at, deleted_at and version'
);

select is_empty(
  $$select t, p from unnest(pg_temp.synced_tables() || pg_temp.sync_log_tables()) as t
    cross join unnest(array['select', 'insert', 'update', 'delete']) as p
    where has_table_privilege('anon', 'public.' || t, p)$$,
  'anon has no privilege on any table'
);

select is_empty(
  -- Admins may delete memberships and assignments (the "admins delete" policies): apart.
  $$select t from unnest(pg_temp.synced_tables() || pg_temp.sync_log_tables()) as t
    where t not in ('members', 'assignments')
      and has_table_privilege('authenticated', 'public.' || t, 'delete')$$,
  'authenticated cannot hard-delete synced data (tombstones only)'
);

select ok(
  not has_table_privilege('authenticated', 'public.orgs', 'insert')
    and not has_table_privilege('authenticated', 'public.change_log', 'insert'),
  'authenticated cannot insert orgs or write the change log'
);

select ok(
  (select bool_and(p.prosecdef and p.proconfig @> array['search_path=""'])
   from pg_proc p join pg_namespace n on n.oid = p.pronamespace
   where n.nspname = 'public' and p.proname in ('member_org_ids', 'writable_org_ids',
     'leading_org_ids', 'admin_org_ids', 'org_role', 'is_org_member', 'can_write_org', 'is_org_admin',
     'log_change', 'require_org_member')),
  'policy helpers and the change-log trigger are security definer with an empty search_path'
);

select * from finish();
rollback;
