-- No trace of a private check-in reaches anyone but its author, and the sync logs are bounded
-- and purged (issue 11):
-- - change_log entries of a check-in that was private both before and after the change name
--   its author in `private_to`, and only they read them. The change that makes a shared
--   check-in private stays readable by the org, so their devices still get its delete; one
--   private from the start leaves no entry anyone else can read.
-- - sync_conflicts (overwritten and kept values) and sync_rejections (rejected mutations) are
--   the server's alone: the browser never reads them through the Data API, and the API writes
--   and reads them as the database owner (api/db/as-server.ts).
-- - rejections, conflicts and idle devices go with the 90-day history; a user keeps at most
--   50 devices.

alter table public.change_log add column private_to uuid;

-- Entries written before this migration carry no history of visibility: those of a check-in
-- private now are hidden, which keeps a private one's existence secret at the price of a
-- stale copy on a colleague's device that saw it shared (until its next full download).
update public.change_log c
   set private_to = k.author_id
  from public.checkins k
 where c.table_name = 'checkins' and c.row_id = k.id and k.visibility = 'private';

create or replace function public.log_change() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  device uuid := nullif(current_setting('liaison.client_id', true), '')::uuid;
  hidden_for uuid;
begin
  -- plpgsql plans each statement only when it runs, so checkins' columns are read only here.
  if tg_table_name = 'checkins' then
    if tg_op = 'INSERT' and new.visibility = 'private' then
      hidden_for := new.author_id;
    elsif tg_op = 'UPDATE' and old.visibility = 'private' and new.visibility = 'private' then
      hidden_for := new.author_id;
    elsif tg_op = 'DELETE' and old.visibility = 'private' then
      hidden_for := old.author_id;
    end if;
  end if;
  if tg_op = 'DELETE' then
    if tg_table_name = 'orgs' then
      insert into public.change_log (table_name, row_id, org_id, version, deleted, client_id)
      values (tg_table_name, old.id, old.id, old.version, true, device);
    else
      insert into public.change_log
        (table_name, row_id, org_id, version, deleted, client_id, private_to)
      values (tg_table_name, old.id, old.org_id, old.version, true, device, hidden_for);
    end if;
    return old;
  end if;
  if tg_table_name = 'orgs' then
    insert into public.change_log (table_name, row_id, org_id, version, deleted, client_id)
    values (tg_table_name, new.id, new.id, new.version, new.deleted_at is not null, device);
  else
    insert into public.change_log
      (table_name, row_id, org_id, version, deleted, client_id, private_to)
    values (tg_table_name, new.id, new.org_id, new.version, new.deleted_at is not null, device,
            hidden_for);
  end if;
  return new;
end
$$;

drop policy "members read" on public.change_log;
create policy "members read what they could see" on public.change_log for select
  to authenticated
  using (
    org_id in (select public.member_org_ids())
    and (private_to is null or private_to = (select auth.uid()))
  );

drop policy "members read" on public.sync_conflicts;
drop policy "writers insert own" on public.sync_conflicts;
revoke all on table public.sync_conflicts from public, anon, authenticated;

drop policy "own rejections read" on public.sync_rejections;
drop policy "own rejections insert" on public.sync_rejections;
revoke all on table public.sync_rejections from public, anon, authenticated;

revoke all on sequence public.sync_rejections_id_seq, public.sync_conflicts_id_seq
  from public, anon, authenticated;

-- For trimming a user's rejections to the newest ones, and for the purges by age.
create index sync_rejections_user_id_id_idx on public.sync_rejections (user_id, id);
create index sync_rejections_created_at_idx on public.sync_rejections (created_at);
create index sync_conflicts_created_at_idx on public.sync_conflicts (created_at);
create index sync_clients_updated_at_idx on public.sync_clients (updated_at);

-- A user keeps their 50 most recently used devices (api/contract/sync-retention.ts,
-- devicesKeptPerUser): new client ids, from push or the Data API, cannot pile up. A device
-- dropped this way that comes back is answered seq_gap and registers anew.
create function public.keep_newest_devices() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  delete from public.sync_clients d
   where d.user_id = new.user_id
     and d.client_id in (
       select k.client_id from public.sync_clients k where k.user_id = new.user_id
        order by k.updated_at desc, k.created_at desc, k.client_id offset 50);
  return null;
end
$$;

revoke execute on function public.keep_newest_devices() from public, anon, authenticated;

create trigger keep_newest_devices after insert on public.sync_clients
  for each row execute function public.keep_newest_devices();

-- As in 20261201000200, plus the logs kept beside the history: rejections and conflicts older
-- than the retention, and devices that have not pushed within it (such a device, if it ever
-- comes back, is answered seq_gap and registers anew; its old cursor is past the horizon too).
create or replace function public.purge_sync_history(older_than interval default interval '90 days')
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

  delete from public.sync_rejections r where r.created_at < cutoff;
  delete from public.sync_conflicts c where c.created_at < cutoff;
  delete from public.sync_clients d where d.updated_at < cutoff;

  -- Children before parents, so most tombstones go in one pass.
  foreach tbl in array array[
    'decisions', 'risks', 'action_items', 'scorecards', 'value_items', 'forum_members',
    'checkins', 'assignments', 'contacts', 'forums', 'accounts', 'members', 'orgs'
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
