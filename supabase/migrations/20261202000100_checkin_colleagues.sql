-- Colleagues at a check-in: who of our own people was there, beside the relationship's
-- contacts. Each must be a member of the check-in's org; the check stands aside for a writer
-- who cannot write the org at all (row-level security refuses them first, revealing nothing
-- about who is a member), as the single-column member check does.

alter table public.checkins
  add column attendee_user_ids uuid[] not null default '{}'
    check (cardinality(attendee_user_ids) <= 200);

create function public.require_org_members() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  referenced uuid[] := array(
    select jsonb_array_elements_text(to_jsonb(new) -> tg_argv[0])::uuid
  );
  stranger uuid;
begin
  if cardinality(referenced) = 0 then
    return new;
  end if;
  if current_setting('role', true) = 'authenticated' and not public.can_write_org(new.org_id) then
    return new;
  end if;
  if tg_op = 'UPDATE' and (to_jsonb(new) -> tg_argv[0]) = (to_jsonb(old) -> tg_argv[0]) then
    return new;
  end if;
  select r.id into stranger from unnest(referenced) as r(id)
  where not exists (
    select 1 from public.members m
    where m.org_id = new.org_id and m.user_id = r.id and m.deleted_at is null
  )
  limit 1;
  if found then
    raise exception '%.% must list members of the org', tg_table_name, tg_argv[0]
      using errcode = '23503';
  end if;
  return new;
end
$$;

revoke execute on function public.require_org_members() from public, anon, authenticated;

create trigger require_attendee_members before insert or update on public.checkins
  for each row execute function public.require_org_members('attendee_user_ids');
