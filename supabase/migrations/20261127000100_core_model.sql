-- The canonical data model of PRODUCT.md. Every synced table carries a client-generated `id`,
-- its `org_id` (orgs itself excepted), `created_at`, `updated_at`, a `deleted_at` tombstone and a
-- server-owned `version`. References between rows never cross orgs: referenced tables expose
-- `unique (id, org_id)` and the references are composite.

create table public.orgs (
  id uuid primary key default gen_random_uuid(),
  name text not null check (char_length(name) between 1 and 200),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz,
  version bigint not null default 1
);

create table public.members (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.orgs (id),
  user_id uuid not null references auth.users (id) on delete cascade,
  role text not null default 'manager' check (role in ('admin', 'lead', 'manager', 'viewer')),
  display_name text check (char_length(display_name) <= 200),
  email text check (char_length(email) <= 320),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz,
  version bigint not null default 1,
  unique (org_id, user_id),
  unique (id, org_id)
);

create table public.accounts (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.orgs (id),
  kind text not null check (kind in ('agency', 'vendor', 'partner', 'internal')),
  name text not null check (char_length(name) between 1 and 200),
  short_name text check (char_length(short_name) <= 50),
  tier text not null default 'core' check (tier in ('strategic', 'core', 'transactional')),
  -- Filled from the tier by a trigger when not given (14 / 30 / 90 days).
  cadence_days integer not null check (cadence_days between 1 and 3650),
  maturity_self integer check (maturity_self between 1 and 5),
  maturity_partner integer check (maturity_partner between 1 and 5),
  strategic_goals text check (char_length(strategic_goals) <= 20000),
  status text not null default 'active' check (status in ('active', 'archived')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz,
  version bigint not null default 1,
  unique (id, org_id)
);

create table public.assignments (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.orgs (id),
  account_id uuid not null,
  user_id uuid not null references auth.users (id) on delete cascade,
  role text not null default 'primary' check (role in ('primary', 'secondary')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz,
  version bigint not null default 1,
  unique (account_id, user_id),
  foreign key (account_id, org_id) references public.accounts (id, org_id)
);

create table public.contacts (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.orgs (id),
  account_id uuid not null,
  name text not null check (char_length(name) between 1 and 200),
  title text check (char_length(title) <= 200),
  email text check (char_length(email) <= 320),
  phone text check (char_length(phone) <= 50),
  influence text check (
    influence in ('decision_maker', 'influencer', 'user', 'champion', 'detractor')
  ),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz,
  version bigint not null default 1,
  unique (id, org_id),
  foreign key (account_id, org_id) references public.accounts (id, org_id)
);

create table public.forums (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.orgs (id),
  name text not null check (char_length(name) between 1 and 200),
  purpose text not null default 'strategic' check (purpose in ('strategic', 'tactical')),
  charter text check (char_length(charter) <= 20000),
  cadence_days integer check (cadence_days between 1 and 3650),
  co_chairs text check (char_length(co_chairs) <= 1000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz,
  version bigint not null default 1,
  unique (id, org_id)
);

create table public.forum_members (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.orgs (id),
  forum_id uuid not null,
  account_id uuid,
  contact_id uuid,
  user_id uuid references auth.users (id) on delete cascade,
  role text not null default 'member' check (role in ('chair', 'co_chair', 'member', 'observer')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz,
  version bigint not null default 1,
  -- A forum member is exactly one of: an account, a contact or a user.
  check (num_nonnulls(account_id, contact_id, user_id) = 1),
  foreign key (forum_id, org_id) references public.forums (id, org_id),
  foreign key (account_id, org_id) references public.accounts (id, org_id),
  foreign key (contact_id, org_id) references public.contacts (id, org_id)
);

create table public.checkins (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.orgs (id),
  account_id uuid not null,
  author_id uuid not null default auth.uid() references auth.users (id),
  occurred_at timestamptz not null default now(),
  kind text not null default 'visit' check (
    kind in ('visit', 'call', 'meeting', 'forum', 'email', 'other')
  ),
  attendee_contact_ids uuid[] not null default '{}'
    check (cardinality(attendee_contact_ids) <= 200),
  summary text check (char_length(summary) <= 4000),
  notes text check (char_length(notes) <= 20000),
  trust_pulse integer check (trust_pulse between 1 and 5),
  start_doing text check (char_length(start_doing) <= 4000),
  stop_doing text check (char_length(stop_doing) <= 4000),
  continue_doing text check (char_length(continue_doing) <= 4000),
  strategic_invite boolean not null default false,
  visibility text not null default 'org' check (visibility in ('org', 'private')),
  captured_at timestamptz,
  forum_id uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz,
  version bigint not null default 1,
  unique (id, org_id),
  foreign key (account_id, org_id) references public.accounts (id, org_id),
  foreign key (forum_id, org_id) references public.forums (id, org_id)
);

create table public.action_items (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.orgs (id),
  account_id uuid not null,
  checkin_id uuid,
  title text not null check (char_length(title) between 1 and 500),
  details text check (char_length(details) <= 20000),
  owner_side text not null default 'us' check (owner_side in ('us', 'them', 'vendor')),
  assignee_user_id uuid references auth.users (id) on delete set null,
  contact_id uuid,
  due_on date,
  status text not null default 'open' check (status in ('open', 'done', 'dropped')),
  completed_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz,
  version bigint not null default 1,
  foreign key (account_id, org_id) references public.accounts (id, org_id),
  foreign key (checkin_id, org_id) references public.checkins (id, org_id),
  foreign key (contact_id, org_id) references public.contacts (id, org_id)
);

create table public.value_items (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.orgs (id),
  account_id uuid not null,
  vendor_account_id uuid,
  title text not null check (char_length(title) between 1 and 500),
  outcome text check (char_length(outcome) <= 4000),
  metric text check (char_length(metric) <= 500),
  baseline text check (char_length(baseline) <= 500),
  target text check (char_length(target) <= 500),
  realised text check (char_length(realised) <= 500),
  stage text not null default 'idea' check (
    stage in ('idea', 'exploring', 'approved', 'in_delivery', 'realised', 'stopped')
  ),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz,
  version bigint not null default 1,
  foreign key (account_id, org_id) references public.accounts (id, org_id),
  foreign key (vendor_account_id, org_id) references public.accounts (id, org_id)
);

create table public.scorecards (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.orgs (id),
  vendor_account_id uuid not null,
  agency_account_id uuid,
  period text not null check (period ~ '^\d{4}-Q[1-4]$'),
  outcomes integer check (outcomes between 1 and 5),
  responsiveness integer check (responsiveness between 1 and 5),
  collaboration integer check (collaboration between 1 and 5),
  innovation integer check (innovation between 1 and 5),
  delivery integer check (delivery between 1 and 5),
  grade text check (grade in ('A', 'B', 'C', 'D', 'F')),
  comments text check (char_length(comments) <= 20000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz,
  version bigint not null default 1,
  foreign key (vendor_account_id, org_id) references public.accounts (id, org_id),
  foreign key (agency_account_id, org_id) references public.accounts (id, org_id)
);

-- Indexes for RLS (org_id), portfolio queries and foreign keys.
create index members_org_id_idx on public.members (org_id);
create index members_user_id_idx on public.members (user_id);
create index accounts_org_id_idx on public.accounts (org_id);
create index assignments_org_id_idx on public.assignments (org_id);
create index assignments_user_id_idx on public.assignments (user_id);
create index contacts_org_id_idx on public.contacts (org_id);
create index contacts_account_id_idx on public.contacts (account_id);
create index forums_org_id_idx on public.forums (org_id);
create index forum_members_org_id_idx on public.forum_members (org_id);
create index forum_members_forum_id_idx on public.forum_members (forum_id);
create index checkins_org_id_idx on public.checkins (org_id);
create index checkins_account_occurred_idx on public.checkins (account_id, occurred_at desc);
create index checkins_forum_id_idx on public.checkins (forum_id) where forum_id is not null;
create index action_items_org_id_idx on public.action_items (org_id);
create index action_items_account_status_due_idx
  on public.action_items (account_id, status, due_on);
create index action_items_checkin_id_idx on public.action_items (checkin_id)
  where checkin_id is not null;
create index action_items_assignee_idx on public.action_items (assignee_user_id)
  where assignee_user_id is not null;
create index value_items_org_id_idx on public.value_items (org_id);
create index value_items_account_id_idx on public.value_items (account_id);
create index scorecards_org_id_idx on public.scorecards (org_id);
create index scorecards_vendor_period_idx on public.scorecards (vendor_account_id, period);

-- Rules every writer meets, whoever it is (the API as a user, a seed as the owner): the
-- server-owned version, the tier's default cadence, and people referenced by a row being
-- members of its org.

-- The server owns `version`: 1 on insert, +1 on every update, and the identity of a row
-- (id, org, creation time) never changes.
create function public.touch_row() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    new.version := 1;
    return new;
  end if;
  if new.id is distinct from old.id or new.created_at is distinct from old.created_at then
    raise exception '% rows keep their id and created_at', tg_table_name using errcode = '23514';
  end if;
  -- orgs has no org_id; plpgsql plans each statement only when it runs.
  if tg_table_name <> 'orgs' then
    if new.org_id is distinct from old.org_id then
      raise exception '% rows cannot move to another org', tg_table_name using errcode = '23514';
    end if;
  end if;
  new.version := old.version + 1;
  new.updated_at := now();
  return new;
end
$$;

create function public.default_cadence_days() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.cadence_days is null then
    new.cadence_days :=
      case new.tier when 'strategic' then 14 when 'transactional' then 90 else 30 end;
  end if;
  return new;
end
$$;

-- A user referenced by a row (its author, assignee or assigned manager) must be a current
-- member of the row's org; the column is named by the trigger's argument.
create function public.require_org_member() returns trigger
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

do $$
declare
  synced text;
begin
  foreach synced in array array[
    'orgs', 'members', 'accounts', 'assignments', 'contacts', 'forums', 'forum_members',
    'checkins', 'action_items', 'value_items', 'scorecards'
  ] loop
    execute format(
      'create trigger touch_row before insert or update on public.%I
         for each row execute function public.touch_row()', synced);
  end loop;
end
$$;

create trigger default_cadence_days before insert or update on public.accounts
  for each row execute function public.default_cadence_days();

create trigger require_author_member before insert or update on public.checkins
  for each row execute function public.require_org_member('author_id');
create trigger require_assignee_member before insert or update on public.action_items
  for each row execute function public.require_org_member('assignee_user_id');
create trigger require_assigned_member before insert or update on public.assignments
  for each row execute function public.require_org_member('user_id');
create trigger require_forum_user_member before insert or update on public.forum_members
  for each row execute function public.require_org_member('user_id');
