-- What push and pull need beyond the sync tables of 20261127000200:
-- - which device wrote each logged change, so a device's own earlier writes never count as a
--   conflict against its later ones (its baseVersion lags until it pulls);
-- - a lookup of a row's log entries by id;
-- - the sync horizon and the purge that keeps tombstones and the log for 90 days. A pull cursor
--   older than the horizon can no longer be served and gets `resetRequired`.

alter table public.change_log add column client_id uuid;

create index change_log_row_id_version_idx on public.change_log (row_id, version);

-- As before, plus the device of the push that made the change (set by the API with
-- set_config('liaison.client_id', …, true)); null for changes made outside sync.
create or replace function public.log_change() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  device uuid := nullif(current_setting('liaison.client_id', true), '')::uuid;
begin
  if tg_op = 'DELETE' then
    if tg_table_name = 'orgs' then
      insert into public.change_log (table_name, row_id, org_id, version, deleted, client_id)
      values (tg_table_name, old.id, old.id, old.version, true, device);
    else
      insert into public.change_log (table_name, row_id, org_id, version, deleted, client_id)
      values (tg_table_name, old.id, old.org_id, old.version, true, device);
    end if;
    return old;
  end if;
  -- orgs has no org_id; plpgsql plans each statement only when it runs.
  if tg_table_name = 'orgs' then
    insert into public.change_log (table_name, row_id, org_id, version, deleted, client_id)
    values (tg_table_name, new.id, new.id, new.version, new.deleted_at is not null, device);
  else
    insert into public.change_log (table_name, row_id, org_id, version, deleted, client_id)
    values (tg_table_name, new.id, new.org_id, new.version, new.deleted_at is not null, device);
  end if;
  return new;
end
$$;

-- One row: log entries with an xid below `xid` have been purged.
create table public.sync_horizon (
  id boolean primary key default true check (id),
  xid xid8 not null default '0',
  purged_at timestamptz
);
insert into public.sync_horizon (id) values (true);

alter table public.sync_horizon enable row level security;
revoke all on table public.sync_horizon from public, anon, authenticated;
grant select on table public.sync_horizon to authenticated;
grant all on table public.sync_horizon to service_role;
create policy "signed-in users read" on public.sync_horizon for select to authenticated
  using (true);

-- Deletes log entries and tombstoned rows older than `older_than`, and moves the horizon past
-- the purged entries. Run it from a scheduled job as the owner or service_role.
-- Only a prefix of the log in (xid, id) order is removed, and only below the oldest running
-- transaction, so every entry at or above the horizon is still there for the cursors that
-- need it. A tombstoned row that a live row still references stays until that one goes.
create function public.purge_sync_history(older_than interval default interval '90 days')
returns xid8
language plpgsql
security definer
set search_path = ''
as $$
declare
  cutoff timestamptz := now() - older_than;
  fence xid8 := pg_snapshot_xmin(pg_current_snapshot());
  newest xid8;
  horizon xid8;
  tbl text;
  victim uuid;
begin
  if older_than < interval '0' then
    raise exception 'older_than must not be negative' using errcode = '22023';
  end if;
  select max(c.xid) into newest from public.change_log c
  where c.changed_at < cutoff and c.xid < fence;
  if newest is not null then
    horizon := ((newest::text)::numeric + 1)::text::xid8;
    delete from public.change_log c where c.xid < horizon;
    update public.sync_horizon h set xid = greatest(h.xid, horizon), purged_at = now();
  end if;

  -- Children before parents, so most tombstones go in one pass.
  foreach tbl in array array[
    'action_items', 'scorecards', 'value_items', 'forum_members', 'checkins', 'assignments',
    'contacts', 'forums', 'accounts', 'members', 'orgs'
  ] loop
    for victim in execute format(
      'select t.id from public.%I t where t.deleted_at < $1', tbl) using cutoff
    loop
      begin
        execute format('delete from public.%I t where t.id = $1', tbl) using victim;
      exception when foreign_key_violation then
        null;
      end;
    end loop;
  end loop;

  return (select h.xid from public.sync_horizon h);
end
$$;

revoke execute on function public.purge_sync_history(interval) from public, anon, authenticated;
grant execute on function public.purge_sync_history(interval) to service_role;
