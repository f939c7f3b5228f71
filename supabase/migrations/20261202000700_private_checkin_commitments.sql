-- A private check-in and the commitments made at it are its author's alone (PRODUCT.md, issue
-- 11; api/contract/privacy.ts, mayReadCommitment, is the same rule on the device):
-- - row-level security hides a commitment whose check-in is someone else's private one;
-- - such a commitment is assigned to its author or to no one of ours, and a check-in with
--   commitments assigned to a colleague stays shared;
-- - its change_log entries name the author in `private_to`; when a check-in changes
--   visibility, each of its commitments gets an entry the org reads, so colleagues' pull sends
--   a delete (made private) or an upsert (shared again).

-- Definer rights: the caller cannot see the check-in this asks about, that is the point.
create function public.may_read_checkin(checkin uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select not exists (
    select 1 from public.checkins c
    where c.id = checkin and c.visibility = 'private'
      and c.author_id is distinct from (select auth.uid())
  )
$$;

revoke execute on function public.may_read_checkin(uuid) from public, anon;
grant execute on function public.may_read_checkin(uuid) to authenticated, service_role;

drop policy "members read" on public.action_items;
create policy "members read" on public.action_items for select to authenticated
  using (
    org_id in (select public.member_org_ids())
    and (checkin_id is null or public.may_read_checkin(checkin_id))
  );
drop policy "writers insert" on public.action_items;
create policy "writers insert" on public.action_items for insert to authenticated
  with check (
    org_id in (select public.writable_org_ids())
    and (checkin_id is null or public.may_read_checkin(checkin_id))
  );
drop policy "writers update" on public.action_items;
create policy "writers update" on public.action_items for update to authenticated
  using (
    org_id in (select public.writable_org_ids())
    and (checkin_id is null or public.may_read_checkin(checkin_id))
  )
  with check (
    org_id in (select public.writable_org_ids())
    and (checkin_id is null or public.may_read_checkin(checkin_id))
  );

-- Only the author sees such a commitment, so a colleague assigned to it would never see it.
-- Checked when the check-in or the assignee changes: rows made before this rule are left as
-- they were (their author still sees them, the colleague no longer does). Stands aside, like
-- refuse_private_decision, for a writer who may not see the check-in: row-level security then
-- refuses the write without telling them it is private.
create function public.refuse_colleague_on_private_commitment() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  checkin record;
begin
  if new.checkin_id is null or new.assignee_user_id is null then
    return new;
  end if;
  if tg_op = 'UPDATE' and new.checkin_id is not distinct from old.checkin_id
     and new.assignee_user_id is not distinct from old.assignee_user_id then
    return new;
  end if;
  if current_setting('role', true) = 'authenticated' and not public.can_write_org(new.org_id) then
    return new;
  end if;
  select c.visibility, c.author_id into checkin from public.checkins c
  where c.id = new.checkin_id and c.org_id = new.org_id
  for share;
  if not found or checkin.visibility <> 'private'
     or new.assignee_user_id = checkin.author_id then
    return new;
  end if;
  if current_setting('role', true) = 'authenticated'
     and checkin.author_id is distinct from (select auth.uid()) then
    return new;
  end if;
  raise exception 'assignee_user_id: a commitment made at a private check-in is yours alone, so it can''t be assigned to a colleague'
    using column = 'assignee_user_id';
end
$$;

revoke execute on function public.refuse_colleague_on_private_commitment()
  from public, anon, authenticated;

create trigger refuse_colleague_on_private_commitment before insert or update
  on public.action_items
  for each row execute function public.refuse_colleague_on_private_commitment();

-- The other way round, as for decisions: a check-in whose live commitments are assigned to a
-- colleague stays shared, or they would lose sight of work that is theirs. The author sees
-- every commitment of a shared check-in, so the refusal tells them nothing new.
create function public.refuse_private_checkin_with_colleagues_commitments() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if new.visibility = 'private' and old.visibility is distinct from 'private' and exists (
    select 1 from public.action_items a
    where a.checkin_id = new.id and a.deleted_at is null
      and a.assignee_user_id is distinct from new.author_id and a.assignee_user_id is not null
  ) then
    raise exception 'visibility: commitments made at this check-in are assigned to colleagues, so it can''t be made private'
      using column = 'visibility';
  end if;
  return new;
end
$$;

revoke execute on function public.refuse_private_checkin_with_colleagues_commitments()
  from public, anon, authenticated;

create trigger refuse_private_checkin_with_colleagues_commitments before update
  on public.checkins
  for each row execute function public.refuse_private_checkin_with_colleagues_commitments();

-- The author of a check-in when it is private, else null (for the log's `private_to`).
create function public.private_checkin_author(checkin uuid) returns uuid
language sql stable security definer
set search_path = ''
as $$
  select c.author_id from public.checkins c where c.id = checkin and c.visibility = 'private'
$$;

revoke execute on function public.private_checkin_author(uuid) from public, anon, authenticated;

-- As in 20261202000300, plus commitments: an entry is the author's alone when the commitment
-- was made at their private check-in before and after the change.
create or replace function public.log_change() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  device uuid := nullif(current_setting('liaison.client_id', true), '')::uuid;
  hidden_for uuid;
  hidden_before uuid;
begin
  -- plpgsql plans each statement only when it runs, so a table's own columns are read only here.
  if tg_table_name = 'checkins' then
    if tg_op = 'INSERT' and new.visibility = 'private' then
      hidden_for := new.author_id;
    elsif tg_op = 'UPDATE' and old.visibility = 'private' and new.visibility = 'private' then
      hidden_for := new.author_id;
    elsif tg_op = 'DELETE' and old.visibility = 'private' then
      hidden_for := old.author_id;
    end if;
  elsif tg_table_name = 'action_items' then
    if tg_op = 'DELETE' then
      hidden_for := public.private_checkin_author(old.checkin_id);
    else
      hidden_for := public.private_checkin_author(new.checkin_id);
    end if;
    if tg_op = 'UPDATE' and old.checkin_id is distinct from new.checkin_id then
      hidden_before := public.private_checkin_author(old.checkin_id);
      if hidden_before is distinct from hidden_for then
        hidden_for := null;
      end if;
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

-- A check-in that changes visibility changes who sees its commitments: one entry each, which
-- the org reads, so pull sends them as deletes to colleagues (made private) or as upserts
-- (shared again). The author gets the same rows again, unchanged.
create function public.log_commitments_visibility() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if new.visibility is not distinct from old.visibility then
    return null;
  end if;
  insert into public.change_log
    (table_name, row_id, org_id, version, deleted, client_id, private_to)
  select 'action_items', a.id, a.org_id, a.version, a.deleted_at is not null,
         nullif(current_setting('liaison.client_id', true), '')::uuid, null
    from public.action_items a
   where a.checkin_id = new.id;
  return null;
end
$$;

revoke execute on function public.log_commitments_visibility() from public, anon, authenticated;

create trigger log_commitments_visibility after update of visibility on public.checkins
  for each row execute function public.log_commitments_visibility();

-- Entries written before this migration carry no history of visibility: as for check-ins in
-- 20261202000300, those of commitments at a check-in private now are hidden.
update public.change_log l
   set private_to = k.author_id
  from public.action_items a
  join public.checkins k on k.id = a.checkin_id
 where l.table_name = 'action_items' and l.row_id = a.id and k.visibility = 'private';
