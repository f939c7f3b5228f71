-- Row-level security is the one authority on who sees and writes what (SYNC.md, Auth): the API
-- runs every request as `authenticated` with the token's claims. Rules:
-- - a user sees only the rows of orgs where they have a current (non-deleted) member row;
-- - admins, leads and managers write; viewers never write anything;
-- - a private check-in is visible to its author only; only the author inserts or updates it;
-- - only admins change orgs, members and assignments; nobody inserts orgs through the API;
-- - synced data is never hard-deleted (tombstones are updates of deleted_at), except members
--   and assignments by an admin;
-- - sync_clients and sync_rejections belong to one user; change_log and sync_conflicts are
--   readable by the org's members.

-- Membership lookups run with definer rights so policies on `members` do not recurse.
create function public.member_org_ids() returns setof uuid
language sql stable security definer
set search_path = ''
as $$
  select m.org_id from public.members m
  where m.user_id = (select auth.uid()) and m.deleted_at is null
$$;

create function public.writable_org_ids() returns setof uuid
language sql stable security definer
set search_path = ''
as $$
  select m.org_id from public.members m
  where m.user_id = (select auth.uid()) and m.deleted_at is null
    and m.role in ('admin', 'lead', 'manager')
$$;

create function public.admin_org_ids() returns setof uuid
language sql stable security definer
set search_path = ''
as $$
  select m.org_id from public.members m
  where m.user_id = (select auth.uid()) and m.deleted_at is null and m.role = 'admin'
$$;

-- The signed-in user's role in `org`, or null when they are not a member.
create function public.org_role(org uuid) returns text
language sql stable security definer
set search_path = ''
as $$
  select m.role from public.members m
  where m.org_id = org and m.user_id = (select auth.uid()) and m.deleted_at is null
$$;

create function public.is_org_member(org uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select public.org_role(org) is not null
$$;

create function public.can_write_org(org uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select coalesce(public.org_role(org) in ('admin', 'lead', 'manager'), false)
$$;

create function public.is_org_admin(org uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select coalesce(public.org_role(org) = 'admin', false)
$$;

revoke execute on function
  public.member_org_ids(), public.writable_org_ids(), public.admin_org_ids(),
  public.org_role(uuid), public.is_org_member(uuid), public.can_write_org(uuid),
  public.is_org_admin(uuid)
  from public, anon;
grant execute on function
  public.member_org_ids(), public.writable_org_ids(), public.admin_org_ids(),
  public.org_role(uuid), public.is_org_member(uuid), public.can_write_org(uuid),
  public.is_org_admin(uuid)
  to authenticated, service_role;

do $$
declare
  tbl text;
begin
  foreach tbl in array array[
    'orgs', 'members', 'accounts', 'assignments', 'contacts', 'forums', 'forum_members',
    'checkins', 'action_items', 'value_items', 'scorecards',
    'sync_clients', 'change_log', 'sync_rejections', 'sync_conflicts'
  ] loop
    execute format('alter table public.%I enable row level security', tbl);
    execute format('revoke all on table public.%I from public, anon, authenticated', tbl);
    execute format('grant all on table public.%I to service_role', tbl);
  end loop;

  -- Org data that every writer of the org maintains the same way.
  foreach tbl in array array[
    'accounts', 'contacts', 'forums', 'forum_members', 'action_items', 'value_items', 'scorecards'
  ] loop
    execute format('grant select, insert, update on table public.%I to authenticated', tbl);
    execute format(
      'create policy "members read" on public.%I for select to authenticated
         using (org_id in (select public.member_org_ids()))', tbl);
    execute format(
      'create policy "writers insert" on public.%I for insert to authenticated
         with check (org_id in (select public.writable_org_ids()))', tbl);
    execute format(
      'create policy "writers update" on public.%I for update to authenticated
         using (org_id in (select public.writable_org_ids()))
         with check (org_id in (select public.writable_org_ids()))', tbl);
  end loop;

  -- Who belongs and who looks after which relationship: admins only.
  foreach tbl in array array['members', 'assignments'] loop
    execute format('grant select, insert, update, delete on table public.%I to authenticated', tbl);
    execute format(
      'create policy "members read" on public.%I for select to authenticated
         using (org_id in (select public.member_org_ids()))', tbl);
    execute format(
      'create policy "admins insert" on public.%I for insert to authenticated
         with check (org_id in (select public.admin_org_ids()))', tbl);
    execute format(
      'create policy "admins update" on public.%I for update to authenticated
         using (org_id in (select public.admin_org_ids()))
         with check (org_id in (select public.admin_org_ids()))', tbl);
    execute format(
      'create policy "admins delete" on public.%I for delete to authenticated
         using (org_id in (select public.admin_org_ids()))', tbl);
  end loop;
end
$$;

grant select, update on table public.orgs to authenticated;
create policy "members read" on public.orgs for select to authenticated
  using (id in (select public.member_org_ids()));
create policy "admins update" on public.orgs for update to authenticated
  using (id in (select public.admin_org_ids()))
  with check (id in (select public.admin_org_ids()));

grant select, insert, update on table public.checkins to authenticated;
create policy "members read shared or own" on public.checkins for select to authenticated
  using (
    org_id in (select public.member_org_ids())
    and (visibility = 'org' or author_id = (select auth.uid()))
  );
create policy "writers insert as author" on public.checkins for insert to authenticated
  with check (
    author_id = (select auth.uid()) and org_id in (select public.writable_org_ids())
  );
create policy "authors update" on public.checkins for update to authenticated
  using (author_id = (select auth.uid()) and org_id in (select public.writable_org_ids()))
  with check (author_id = (select auth.uid()) and org_id in (select public.writable_org_ids()));

grant select, insert, update on table public.sync_clients to authenticated;
create policy "own clients read" on public.sync_clients for select to authenticated
  using (user_id = (select auth.uid()));
create policy "own clients insert" on public.sync_clients for insert to authenticated
  with check (
    user_id = (select auth.uid())
    and (org_id is null or org_id in (select public.member_org_ids()))
  );
create policy "own clients update" on public.sync_clients for update to authenticated
  using (user_id = (select auth.uid()))
  with check (
    user_id = (select auth.uid())
    and (org_id is null or org_id in (select public.member_org_ids()))
  );

grant select, insert on table public.sync_rejections to authenticated;
create policy "own rejections read" on public.sync_rejections for select to authenticated
  using (user_id = (select auth.uid()));
create policy "own rejections insert" on public.sync_rejections for insert to authenticated
  with check (user_id = (select auth.uid()));

grant select on table public.change_log to authenticated;
create policy "members read" on public.change_log for select to authenticated
  using (org_id in (select public.member_org_ids()));

grant select, insert on table public.sync_conflicts to authenticated;
create policy "members read" on public.sync_conflicts for select to authenticated
  using (org_id in (select public.member_org_ids()));
create policy "writers insert own" on public.sync_conflicts for insert to authenticated
  with check (
    user_id = (select auth.uid()) and org_id in (select public.writable_org_ids())
  );

revoke all on sequence public.change_log_id_seq, public.sync_rejections_id_seq,
  public.sync_conflicts_id_seq from public, anon;
grant usage on sequence public.sync_rejections_id_seq, public.sync_conflicts_id_seq
  to authenticated;
grant all on sequence public.change_log_id_seq, public.sync_rejections_id_seq,
  public.sync_conflicts_id_seq to service_role;
