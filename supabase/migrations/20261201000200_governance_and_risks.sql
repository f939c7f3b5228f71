-- Governance and risk (PRODUCT.md, "The BRM half"), synced like every table (tombstones, a
-- server version, the change log, row-level security):
-- - forums and their members are kept by leads and admins; managers and viewers read them;
-- - decisions: what a forum, a meeting or a relationship decided, proposed or reversed;
-- - risks: a relationship's risks, likelihood × impact, owned, mitigated and reviewed.
-- The enums are api/contract/governance.ts's and risk-register.ts's (a test proves they agree).

create function public.leading_org_ids() returns setof uuid
language sql stable security definer
set search_path = ''
as $$
  select m.org_id from public.members m
  where m.user_id = (select auth.uid()) and m.deleted_at is null
    and m.role in ('admin', 'lead')
$$;

revoke execute on function public.leading_org_ids() from public, anon;
grant execute on function public.leading_org_ids() to authenticated, service_role;

do $$
declare
  tbl text;
begin
  foreach tbl in array array['forums', 'forum_members'] loop
    execute format('drop policy "writers insert" on public.%I', tbl);
    execute format('drop policy "writers update" on public.%I', tbl);
    execute format(
      'create policy "leads insert" on public.%I for insert to authenticated
         with check (org_id in (select public.leading_org_ids()))', tbl);
    execute format(
      'create policy "leads update" on public.%I for update to authenticated
         using (org_id in (select public.leading_org_ids()))
         with check (org_id in (select public.leading_org_ids()))', tbl);
  end loop;
end
$$;

create table public.decisions (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.orgs (id),
  forum_id uuid,
  checkin_id uuid,
  account_id uuid,
  title text not null check (char_length(title) between 1 and 500),
  rationale text check (char_length(rationale) <= 20000),
  decided_on date,
  status text not null default 'proposed' check (status in ('proposed', 'decided', 'reversed')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz,
  version bigint not null default 1,
  constraint decisions_context_check check (num_nonnulls(forum_id, checkin_id, account_id) >= 1),
  foreign key (forum_id, org_id) references public.forums (id, org_id),
  foreign key (checkin_id, org_id) references public.checkins (id, org_id),
  foreign key (account_id, org_id) references public.accounts (id, org_id)
);

create index decisions_org_id_idx on public.decisions (org_id);
create index decisions_forum_id_idx on public.decisions (forum_id) where forum_id is not null;
create index decisions_checkin_id_idx on public.decisions (checkin_id) where checkin_id is not null;
create index decisions_account_id_idx on public.decisions (account_id) where account_id is not null;

create table public.risks (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.orgs (id),
  account_id uuid not null,
  vendor_account_id uuid,
  value_item_id uuid,
  kind text not null default 'other' check (
    kind in ('contract', 'supply_chain', 'project', 'investment', 'intellectual_property',
      'security', 'other')
  ),
  title text not null check (char_length(title) between 1 and 500),
  description text check (char_length(description) <= 20000),
  likelihood integer not null check (likelihood between 1 and 5),
  impact integer not null check (impact between 1 and 5),
  owner_user_id uuid references auth.users (id) on delete set null,
  mitigation text check (char_length(mitigation) <= 20000),
  status text not null default 'open' check (
    status in ('open', 'mitigating', 'accepted', 'closed')
  ),
  review_on date,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz,
  version bigint not null default 1,
  foreign key (account_id, org_id) references public.accounts (id, org_id),
  foreign key (vendor_account_id, org_id) references public.accounts (id, org_id),
  foreign key (value_item_id, org_id) references public.value_items (id, org_id)
);

create index risks_org_id_idx on public.risks (org_id);
create index risks_account_id_idx on public.risks (account_id);
create index risks_owner_idx on public.risks (owner_user_id) where owner_user_id is not null;

do $$
declare
  tbl text;
begin
  foreach tbl in array array['decisions', 'risks'] loop
    execute format(
      'create trigger touch_row before insert or update on public.%I
         for each row execute function public.touch_row()', tbl);
    execute format(
      'create trigger log_change after insert or update or delete on public.%I
         for each row execute function public.log_change()', tbl);
    execute format('alter table public.%I enable row level security', tbl);
    execute format('revoke all on table public.%I from public, anon, authenticated', tbl);
    execute format('grant all on table public.%I to service_role', tbl);
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
end
$$;

create trigger require_owner_member before insert or update on public.risks
  for each row execute function public.require_org_member('owner_user_id');
create trigger check_vendor_kind before insert or update on public.risks
  for each row execute function public.check_account_kind('vendor_account_id', 'vendor');

-- Decisions are shared with the org: one hung off a private check-in would show it exists.
-- Definer rights, to see a check-in private to someone else, which is then refused exactly as
-- one that does not exist (its author alone is told why). Another org's check-in is left to the
-- foreign key. The share lock waits for a change of the check-in in progress and reads it as
-- committed, then holds it until this commits (refuse_private_checkin_with_decisions, below,
-- then sees the decision): a decision and its check-in made private never both commit.
create function public.refuse_private_decision() returns trigger
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

create trigger refuse_private_decision before insert or update on public.decisions
  for each row execute function public.refuse_private_decision();

-- The other way round: a check-in that live decisions come from stays shared, or those decisions
-- would point others at a check-in they can no longer see. Its author sees the org's decisions,
-- so no definer rights are needed; tombstoned decisions do not hold it.
create function public.refuse_private_checkin_with_decisions() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.visibility = 'private' and old.visibility is distinct from 'private' and exists (
    select 1 from public.decisions d where d.checkin_id = new.id and d.deleted_at is null
  ) then
    raise exception 'visibility: decisions shared with the organisation come from this check-in, so it can''t be made private';
  end if;
  return new;
end
$$;

create trigger refuse_private_checkin_with_decisions before update on public.checkins
  for each row execute function public.refuse_private_checkin_with_decisions();

-- As in 20261127000400, with the new tables' tombstones purged before those they point at.
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
