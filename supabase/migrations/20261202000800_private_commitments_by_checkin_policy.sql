-- Follows 20261202000700 (commitments made at a private check-in are its author's alone):
-- - the commitments' policies ask the check-ins' own policy through an exists instead of a
--   definer function called row by row (a viewer counting 20,000 commitments: 64–113 ms with
--   the function, 19–23 ms with the exists), so the reading rule is written once, on checkins;
-- - a colleague who names a private check-in is answered as for an id that does not exist, even
--   when row-level security's check still saw the check-in shared as the statement began;
-- - commitments made at a check-in private before 000700 were read by the whole org until then,
--   so colleagues' devices may hold them: one entry each that the org reads takes them back.

drop policy "members read" on public.action_items;
create policy "members read" on public.action_items for select to authenticated
  using (
    org_id in (select public.member_org_ids())
    and (checkin_id is null or exists (
      select 1 from public.checkins c where c.id = action_items.checkin_id))
  );
drop policy "writers insert" on public.action_items;
create policy "writers insert" on public.action_items for insert to authenticated
  with check (
    org_id in (select public.writable_org_ids())
    and (checkin_id is null or exists (
      select 1 from public.checkins c where c.id = action_items.checkin_id))
  );
drop policy "writers update" on public.action_items;
create policy "writers update" on public.action_items for update to authenticated
  using (
    org_id in (select public.writable_org_ids())
    and (checkin_id is null or exists (
      select 1 from public.checkins c where c.id = action_items.checkin_id))
  )
  with check (
    org_id in (select public.writable_org_ids())
    and (checkin_id is null or exists (
      select 1 from public.checkins c where c.id = action_items.checkin_id))
  );

drop function public.may_read_checkin(uuid);

create or replace function public.refuse_colleague_on_private_commitment() returns trigger
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
  -- Row-level security would refuse it too, but its check may still see the check-in shared
  -- when this statement began before it went private; the answer is that of an unknown id.
  if current_setting('role', true) = 'authenticated'
     and checkin.author_id is distinct from (select auth.uid()) then
    raise exception 'action_items.checkin_id is not a check-in of the org'
      using errcode = '23503', column = 'checkin_id';
  end if;
  raise exception 'assignee_user_id: a commitment made at a private check-in is yours alone, so it can''t be assigned to a colleague'
    using column = 'assignee_user_id';
end
$$;

insert into public.change_log (table_name, row_id, org_id, version, deleted, private_to)
select 'action_items', a.id, a.org_id, a.version, a.deleted_at is not null, null
  from public.action_items a
  join public.checkins k on k.id = a.checkin_id
 where k.visibility = 'private';
