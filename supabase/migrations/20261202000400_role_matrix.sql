-- PRODUCT.md's role table, the part the earlier policies left out (api/contract/roles.ts is
-- the rule; supabase/tests/15-role-matrix.test.sql, generated from it, proves this agrees):
-- - a relationship is created, archived, re-tiered, re-paced, renamed or deleted by an admin
--   only; any writer still keeps its maturity and strategic goals ("maturity, goals");
-- - a tombstoned member or assignment no longer holds its (org, user) or (account, user) pair,
--   so the same person can be invited or assigned again with a new row; the tombstone stays.

drop policy "writers insert" on public.accounts;
create policy "admins insert" on public.accounts for insert to authenticated
  with check (org_id in (select public.admin_org_ids()));

-- Row-level security is per row; who changes which column of a relationship is checked here,
-- for people signed in through the API (the service and the table owner are let through).
-- 42501 like a policy's refusal; the column names the rule, for the device's words.
create function public.guard_account_columns() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  refused text;
begin
  if current_setting('role', true) not in ('authenticated', 'anon')
     or public.is_org_admin(old.org_id) then
    return new;
  end if;
  refused := case
    when new.tier is distinct from old.tier then 'tier'
    when new.cadence_days is distinct from old.cadence_days then 'cadence_days'
    when new.status is distinct from old.status then 'status'
    when new.name is distinct from old.name then 'name'
    when new.short_name is distinct from old.short_name then 'short_name'
    when new.kind is distinct from old.kind then 'kind'
    when new.deleted_at is distinct from old.deleted_at then 'deleted_at'
  end;
  if refused is not null then
    raise exception 'Only an admin can change accounts.%', refused
      using errcode = '42501', column = refused;
  end if;
  return new;
end
$$;

-- Named to run after default_cadence_days (triggers fire in name order), on the final values.
create trigger guard_account_columns before update on public.accounts
  for each row execute function public.guard_account_columns();

alter table public.members drop constraint members_org_id_user_id_key;
create unique index members_org_id_user_id_key on public.members (org_id, user_id)
  where deleted_at is null;

alter table public.assignments drop constraint assignments_account_id_user_id_key;
create unique index assignments_account_id_user_id_key on public.assignments (account_id, user_id)
  where deleted_at is null;
