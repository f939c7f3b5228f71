-- Who invited, re-roled or removed whom, and when: the admin's member routes write one row per
-- change. The server alone writes (its owner connection); an org's admins read their org's
-- rows. Not a synced table: devices never see it.
create table public.member_changes (
  id bigserial primary key,
  org_id uuid not null references public.orgs (id),
  actor_user_id uuid not null,
  member_id uuid not null references public.members (id),
  target_user_id uuid not null,
  action text not null check (action in ('invite', 'role', 'remove')),
  old_role text check (old_role in ('admin', 'lead', 'manager', 'viewer')),
  new_role text check (new_role in ('admin', 'lead', 'manager', 'viewer')),
  at timestamptz not null default now()
);

create index member_changes_org_id_at_idx on public.member_changes (org_id, at desc);

alter table public.member_changes enable row level security;
revoke all on table public.member_changes from public, anon, authenticated;
revoke all on sequence public.member_changes_id_seq from public, anon, authenticated;
grant select on table public.member_changes to authenticated;
grant all on table public.member_changes to service_role;

create policy "admins read" on public.member_changes for select to authenticated
  using (org_id in (select public.admin_org_ids()));
