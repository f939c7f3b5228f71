-- Value realised and vendors held to outcomes (PRODUCT.md, "The BRM half"):
-- - value_items gains its baseline, target and realised values as numbers, with a unit; text
--   that already holds a plain number ('78%', '$410', '14') is copied into them;
-- - value_updates: the history of each item, one row per change — the stage it moved to, the
--   realised value recorded, a note — written by the person who made it at the server's time,
--   and never changed or deleted afterwards (it goes only with its item, when a tombstoned item
--   is purged);
-- - scorecards: the grade is the server's (recomputed from the ratings on every write by the
--   same rule as api/contract/scorecard-grade.ts), one live scorecard per vendor, agency (or
--   none) and period, and the vendor named by a scorecard or a value item is a vendor.
-- The numeric bounds are api/contract/value-register.ts's maxValueMagnitude, valueDecimals and
-- maxUnitLength: with at most 3 decimals up to 10^12, every value is exact in a double.

alter table public.value_items
  add column baseline_value numeric(16, 3) check (abs(baseline_value) <= 1e12),
  add column target_value numeric(16, 3) check (abs(target_value) <= 1e12),
  add column realised_value numeric(16, 3) check (abs(realised_value) <= 1e12),
  add column unit text check (char_length(unit) <= 30),
  add constraint value_items_id_org_id_key unique (id, org_id);

-- Only items whose every filled-in text is a plain number get numbers, so none is half-read.
with parsed as (
  select v.id,
    substring(v.baseline from '^\s*[$]?\s*(-?\d{1,12}(?:\.\d{1,3})?)\s*%?\s*$')::numeric as b,
    substring(v.target from '^\s*[$]?\s*(-?\d{1,12}(?:\.\d{1,3})?)\s*%?\s*$')::numeric as t,
    substring(v.realised from '^\s*[$]?\s*(-?\d{1,12}(?:\.\d{1,3})?)\s*%?\s*$')::numeric as r,
    case
      when concat(v.baseline, v.target, v.realised) ~ '%' then '%'
      when concat(v.baseline, v.target, v.realised) ~ '[$]' then '$'
    end as u
  from public.value_items v
  where v.deleted_at is null
)
update public.value_items v
   set baseline_value = p.b, target_value = p.t, realised_value = p.r, unit = p.u
  from parsed p
 where v.id = p.id
   and coalesce(p.b, p.t, p.r) is not null
   and (v.baseline is null or p.b is not null)
   and (v.target is null or p.t is not null)
   and (v.realised is null or p.r is not null);

create table public.value_updates (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.orgs (id),
  value_item_id uuid not null,
  author_id uuid not null default auth.uid() references auth.users (id),
  -- What this change did: the stage the item moved to (its first stage on the first row), the
  -- realised value recorded; null where the change left it as it was.
  stage text check (
    stage in ('idea', 'exploring', 'approved', 'in_delivery', 'realised', 'stopped')
  ),
  realised_value numeric(16, 3) check (abs(realised_value) <= 1e12),
  note text check (char_length(note) <= 4000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  -- History is never tombstoned; the column is there because every synced table has it.
  deleted_at timestamptz check (deleted_at is null),
  version bigint not null default 1,
  foreign key (value_item_id, org_id) references public.value_items (id, org_id)
    on delete cascade
);

create index value_updates_org_id_idx on public.value_updates (org_id);
create index value_updates_item_created_idx on public.value_updates (value_item_id, created_at);

create trigger touch_row before insert or update on public.value_updates
  for each row execute function public.touch_row();
create trigger log_change after insert or update or delete on public.value_updates
  for each row execute function public.log_change();

-- History is written once. A person's row carries the server's time, whatever was sent; the
-- owner (a seed, a restore) may bring its own. Nothing changes a row afterwards, and it is
-- deleted only with its item, once that item is tombstoned and purged.
create function public.stamp_history_row() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if current_user in ('authenticated', 'anon') then
    new.created_at := now();
    new.updated_at := now();
  end if;
  return new;
end
$$;

create function public.refuse_value_history_change() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'DELETE' and not exists (
    select 1 from public.value_items v where v.id = old.value_item_id and v.deleted_at is null
  ) then
    return old;
  end if;
  raise exception '% rows are history: they are never changed or deleted', tg_table_name
    using errcode = '42501';
end
$$;

-- A line of history is for a live item of the row's org: not one tombstoned, whoever writes.
create function public.require_live_value_item() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if not exists (
    select 1 from public.value_items v
    where v.id = new.value_item_id and v.org_id = new.org_id and v.deleted_at is null
  ) then
    raise exception 'value_updates.value_item_id is not a live value item of the org'
      using errcode = '23503', column = 'value_item_id';
  end if;
  return new;
end
$$;

create trigger stamp_history_row before insert on public.value_updates
  for each row execute function public.stamp_history_row();
create trigger require_live_value_item before insert on public.value_updates
  for each row execute function public.require_live_value_item();
create trigger refuse_value_history_change before update or delete on public.value_updates
  for each row execute function public.refuse_value_history_change();
-- As for a check-in: the author is a member of the org, whoever writes the row.
create trigger require_author_member before insert on public.value_updates
  for each row execute function public.require_org_member('author_id');

alter table public.value_updates enable row level security;
revoke all on table public.value_updates from public, anon, authenticated;
grant all on table public.value_updates to service_role;
grant select, insert on table public.value_updates to authenticated;
create policy "members read" on public.value_updates for select to authenticated
  using (org_id in (select public.member_org_ids()));
create policy "writers insert as author" on public.value_updates for insert to authenticated
  with check (
    author_id = (select auth.uid()) and org_id in (select public.writable_org_ids())
  );

-- The grade of PRODUCT.md over the rated criteria only (weights renormalise): outcomes weigh
-- 2, the other four 1; a weighted mean of at least 4.5 is an A, 3.75 a B, 3.0 a C, 2.25 a D,
-- anything lower an F, and nothing rated no grade.
create function public.scorecard_grade(
  outcomes integer,
  responsiveness integer,
  collaboration integer,
  innovation integer,
  delivery integer
) returns text
language sql
immutable
set search_path = ''
as $$
  select case
    when w = 0 then null
    when s >= 4.5 * w then 'A'
    when s >= 3.75 * w then 'B'
    when s >= 3.0 * w then 'C'
    when s >= 2.25 * w then 'D'
    else 'F'
  end
  from (
    select
      coalesce(2 * outcomes, 0) + coalesce(responsiveness, 0) + coalesce(collaboration, 0)
        + coalesce(innovation, 0) + coalesce(delivery, 0) as s,
      2 * num_nonnulls(outcomes) + num_nonnulls(responsiveness) + num_nonnulls(collaboration)
        + num_nonnulls(innovation) + num_nonnulls(delivery) as w
  ) as totals
$$;

revoke execute on function public.scorecard_grade(integer, integer, integer, integer, integer)
  from public, anon;
grant execute on function public.scorecard_grade(integer, integer, integer, integer, integer)
  to authenticated, service_role;

create function public.set_scorecard_grade() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.grade := public.scorecard_grade(
    new.outcomes, new.responsiveness, new.collaboration, new.innovation, new.delivery);
  return new;
end
$$;

create trigger set_scorecard_grade before insert or update on public.scorecards
  for each row execute function public.set_scorecard_grade();

-- The account a column names must be a vendor (argument 'vendor'), or must not be one
-- ('not vendor': the agency side of a scorecard). A missing account is left to the foreign key.
-- Checked when the row names the account; an account whose kind changes later keeps its rows.
create function public.check_account_kind() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  column_name text := tg_argv[0];
  referenced uuid := (to_jsonb(new) ->> tg_argv[0])::uuid;
  account record;
begin
  if referenced is null then
    return new;
  end if;
  if tg_op = 'UPDATE' then
    if referenced is not distinct from (to_jsonb(old) ->> tg_argv[0])::uuid then
      return new;
    end if;
  end if;
  select a.kind, a.name into account
  from public.accounts a where a.id = referenced and a.org_id = new.org_id;
  if not found then
    return new;
  end if;
  if tg_argv[1] = 'vendor' and account.kind <> 'vendor' then
    raise exception '%: % is % %, not a vendor', column_name, account.name,
      case when account.kind in ('agency', 'internal') then 'an' else 'a' end, account.kind;
  end if;
  if tg_argv[1] = 'not vendor' and account.kind = 'vendor' then
    raise exception '%: % is a vendor; a scorecard is for an agency the vendor serves',
      column_name, account.name;
  end if;
  return new;
end
$$;

create trigger check_vendor_kind before insert or update on public.scorecards
  for each row execute function public.check_account_kind('vendor_account_id', 'vendor');
create trigger check_agency_kind before insert or update on public.scorecards
  for each row execute function public.check_account_kind('agency_account_id', 'not vendor');
create trigger check_vendor_kind before insert or update on public.value_items
  for each row execute function public.check_account_kind('vendor_account_id', 'vendor');

-- One live scorecard per vendor, agency (or none) and period. Should duplicates exist, the
-- most recently changed one stays and the others are tombstoned (devices receive the deletes);
-- their ratings and comments stay readable in the tombstones until the 90-day purge.
update public.scorecards s set deleted_at = now()
 where s.deleted_at is null
   and exists (
     select 1 from public.scorecards n
      where n.deleted_at is null
        and n.org_id = s.org_id
        and n.vendor_account_id = s.vendor_account_id
        and n.agency_account_id is not distinct from s.agency_account_id
        and n.period = s.period
        and (n.updated_at, n.id) > (s.updated_at, s.id)
   );

create unique index scorecards_one_live_per_period
  on public.scorecards (org_id, vendor_account_id, agency_account_id, period)
  nulls not distinct
  where deleted_at is null;

-- The index is the guarantee; this says which scorecard is in the way, in words, where the
-- index could only name itself. Definer rights are not needed: a writer reads the org's cards.
create function public.refuse_second_live_scorecard() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  existing record;
begin
  if new.deleted_at is not null then
    return new;
  end if;
  select v.name as vendor, a.name as agency into existing
    from public.scorecards s
    join public.accounts v on v.id = s.vendor_account_id
    left join public.accounts a on a.id = s.agency_account_id
   where s.deleted_at is null
     and s.id <> new.id
     and s.org_id = new.org_id
     and s.vendor_account_id = new.vendor_account_id
     and s.agency_account_id is not distinct from new.agency_account_id
     and s.period = new.period
   limit 1;
  if found then
    raise exception '% already has a % scorecard %: edit that one instead',
      existing.vendor, new.period, coalesce('for ' || existing.agency, 'with no agency')
      using errcode = '23505';
  end if;
  return new;
end
$$;

create trigger refuse_second_live_scorecard before insert or update on public.scorecards
  for each row execute function public.refuse_second_live_scorecard();

-- Grades written before the rule was the server's follow it from now on.
update public.scorecards s set grade = s.grade
 where s.grade is distinct from public.scorecard_grade(
   s.outcomes, s.responsiveness, s.collaboration, s.innovation, s.delivery);
