-- The tables of Liaison's own Supabase-compatible auth server (embedded mode only; a real
-- Supabase project keeps its sessions in GoTrue's tables and never runs this file).
-- Runs after 01_supabase_compat.sql on every start: must stay idempotent.

create table if not exists auth.liaison_signing_keys (
  kid text primary key,
  private_jwk jsonb not null,
  public_jwk jsonb not null,
  created_at timestamptz not null default now()
);

create table if not exists auth.liaison_sessions (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  created_at timestamptz not null default now(),
  refreshed_at timestamptz,
  revoked_at timestamptz,
  user_agent text,
  ip text
);

create index if not exists liaison_sessions_user_id_idx on auth.liaison_sessions (user_id);

-- Only a SHA-256 of each refresh token is kept, so a copy of this table signs nobody in.
create table if not exists auth.liaison_refresh_tokens (
  id bigserial primary key,
  token_hash text not null unique,
  session_id uuid not null references auth.liaison_sessions (id) on delete cascade,
  parent_hash text,
  revoked boolean not null default false,
  created_at timestamptz not null default now()
);

create index if not exists liaison_refresh_tokens_session_id_idx
  on auth.liaison_refresh_tokens (session_id);
create index if not exists liaison_refresh_tokens_parent_hash_idx
  on auth.liaison_refresh_tokens (parent_hash);

-- Only the owner connection (which bypasses RLS) reads these; RLS with no policy and no grants
-- keeps the API roles out even if a default privilege would hand them the tables.
alter table auth.liaison_signing_keys enable row level security;
alter table auth.liaison_sessions enable row level security;
alter table auth.liaison_refresh_tokens enable row level security;

revoke all on auth.liaison_signing_keys, auth.liaison_sessions, auth.liaison_refresh_tokens
  from public, anon, authenticated, service_role;
revoke all on sequence auth.liaison_refresh_tokens_id_seq
  from public, anon, authenticated, service_role;
