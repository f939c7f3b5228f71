-- Two checks with definer rights ran before row-level security refused a write, so a user of
-- another org (or a viewer) could tell from the error whether a check-in of an org they cannot
-- write is private, or whether someone is a member of it, and took a share lock on that org's
-- row on the way. Both now stand aside when the write is made as `authenticated` (the role the
-- API and the Data API take for a user) by someone who cannot write the row's org: row-level
-- security then refuses it with 42501 whatever it names. Writes as the table owner or the
-- service role, which row-level security does not hold back, keep every check.

create or replace function public.require_org_member() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  referenced uuid := (to_jsonb(new) ->> tg_argv[0])::uuid;
begin
  if referenced is null then
    return new;
  end if;
  if current_setting('role', true) = 'authenticated' and not public.can_write_org(new.org_id) then
    return new;
  end if;
  if tg_op = 'UPDATE' then
    if referenced is not distinct from (to_jsonb(old) ->> tg_argv[0])::uuid then
      return new;
    end if;
  end if;
  if not exists (
    select 1 from public.members m
    where m.org_id = new.org_id and m.user_id = referenced and m.deleted_at is null
  ) then
    raise exception '%.% must be a member of the org', tg_table_name, tg_argv[0]
      using errcode = '23503';
  end if;
  return new;
end
$$;

create or replace function public.refuse_private_decision() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  checkin record;
begin
  if new.checkin_id is null then
    return new;
  end if;
  if current_setting('role', true) = 'authenticated' and not public.can_write_org(new.org_id) then
    return new;
  end if;
  select c.visibility, c.author_id into checkin from public.checkins c
  where c.id = new.checkin_id and c.org_id = new.org_id
  for share;
  if found and checkin.visibility = 'private' then
    if checkin.author_id = (select auth.uid()) then
      raise exception 'checkin_id: a decision is shared with the organisation, so it can''t come from a private check-in';
    end if;
    raise exception 'decisions.checkin_id is not a check-in of the org'
      using errcode = '23503', column = 'checkin_id';
  end if;
  return new;
end
$$;
