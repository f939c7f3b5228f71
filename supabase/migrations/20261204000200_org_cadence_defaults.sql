-- Each organisation keeps its own default cadence target per tier, in one place: these columns.
-- An admin changes them (orgs are updated by admins only, "admins update"); the initial values
-- are api/contract/cadence.ts's `initialTierCadence` (test/integration/contract-sql-agreement
-- proves they agree). A relationship created without a cadence takes its org's default for its
-- tier; relationships that have one keep it when the defaults change.

alter table public.orgs
  add column cadence_strategic_days integer not null default 14
    check (cadence_strategic_days between 1 and 3650),
  add column cadence_core_days integer not null default 30
    check (cadence_core_days between 1 and 3650),
  add column cadence_transactional_days integer not null default 90
    check (cadence_transactional_days between 1 and 3650);

-- Runs as the writer: anyone who may write a relationship may read its org's row.
create or replace function public.default_cadence_days() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.cadence_days is null then
    select case new.tier
             when 'strategic' then o.cadence_strategic_days
             when 'transactional' then o.cadence_transactional_days
             else o.cadence_core_days
           end
      into new.cadence_days
      from public.orgs o
     where o.id = new.org_id;
  end if;
  return new;
end
$$;
