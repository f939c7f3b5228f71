-- What the sync protocol (SYNC.md) keeps on the server: each device's push position, the
-- change log that pull reads, rejected mutations and overwritten fields.

create table public.sync_clients (
  client_id uuid primary key,
  user_id uuid not null references auth.users (id) on delete cascade,
  org_id uuid references public.orgs (id),
  last_seq bigint not null default 0 check (last_seq >= 0),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create index sync_clients_user_id_idx on public.sync_clients (user_id);
create index sync_clients_org_id_idx on public.sync_clients (org_id);

-- One row per committed insert, update or delete of a synced row, written in the writing
-- transaction. Pull reads it in (xid, id) order and only below the oldest transaction still
-- running (pg_snapshot_xmin(pg_current_snapshot())), so a late commit is never skipped.
create table public.change_log (
  id bigserial primary key,
  xid xid8 not null default pg_current_xact_id(),
  table_name text not null,
  row_id uuid not null,
  org_id uuid not null,
  version bigint not null,
  deleted boolean not null default false,
  changed_at timestamptz not null default now()
);

create index change_log_xid_id_idx on public.change_log (xid, id);
create index change_log_org_id_idx on public.change_log (org_id);
create index change_log_org_xid_id_idx on public.change_log (org_id, xid, id);
create index change_log_changed_at_idx on public.change_log (changed_at);

create table public.sync_rejections (
  id bigserial primary key,
  client_id uuid not null,
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  seq bigint not null,
  table_name text check (char_length(table_name) <= 100),
  row_id uuid,
  code text not null check (char_length(code) <= 100),
  message text check (char_length(message) <= 2000),
  mutation jsonb,
  created_at timestamptz not null default now()
);

create index sync_rejections_client_seq_idx on public.sync_rejections (client_id, seq);
create index sync_rejections_user_id_idx on public.sync_rejections (user_id);

-- A field value that lost to a change from a device that had not seen it.
create table public.sync_conflicts (
  id bigserial primary key,
  org_id uuid not null references public.orgs (id),
  table_name text not null check (char_length(table_name) <= 100),
  row_id uuid not null,
  field text not null check (char_length(field) <= 100),
  lost_value jsonb,
  kept_value jsonb,
  client_id uuid,
  user_id uuid default auth.uid() references auth.users (id) on delete set null,
  base_version bigint,
  server_version bigint,
  created_at timestamptz not null default now()
);

create index sync_conflicts_org_id_idx on public.sync_conflicts (org_id);
create index sync_conflicts_row_idx on public.sync_conflicts (table_name, row_id);

create function public.touch_row_timestamp() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.updated_at := now();
  return new;
end
$$;

create trigger touch_sync_client before update on public.sync_clients
  for each row execute function public.touch_row_timestamp();

-- Definer rights: users may not write the log themselves, only through their row changes.
create function public.log_change() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'DELETE' then
    if tg_table_name = 'orgs' then
      insert into public.change_log (table_name, row_id, org_id, version, deleted)
      values (tg_table_name, old.id, old.id, old.version, true);
    else
      insert into public.change_log (table_name, row_id, org_id, version, deleted)
      values (tg_table_name, old.id, old.org_id, old.version, true);
    end if;
    return old;
  end if;
  -- orgs has no org_id; plpgsql plans each statement only when it runs.
  if tg_table_name = 'orgs' then
    insert into public.change_log (table_name, row_id, org_id, version, deleted)
    values (tg_table_name, new.id, new.id, new.version, new.deleted_at is not null);
  else
    insert into public.change_log (table_name, row_id, org_id, version, deleted)
    values (tg_table_name, new.id, new.org_id, new.version, new.deleted_at is not null);
  end if;
  return new;
end
$$;

do $$
declare
  synced text;
begin
  foreach synced in array array[
    'orgs', 'members', 'accounts', 'assignments', 'contacts', 'forums', 'forum_members',
    'checkins', 'action_items', 'value_items', 'scorecards'
  ] loop
    execute format(
      'create trigger log_change after insert or update or delete on public.%I
         for each row execute function public.log_change()', synced);
  end loop;
end
$$;
