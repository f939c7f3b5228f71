-- An access token outlives its session by up to an hour: /api asks this function, in the first
-- statement of the transaction each request opens anyway, whether the token's session and user
-- still stand. Embedded mode keeps sessions in auth.liaison_sessions (bootstrap); on Supabase
-- they are GoTrue's auth.sessions, deleted on sign-out, whose refresh tokens are all revoked when
-- a reused one is detected. plpgsql binds table names on first use, so the branch not taken
-- never needs its table.
create function public.session_is_live(session uuid, account uuid) returns boolean
language plpgsql stable security definer
set search_path = ''
as $$
begin
  if not exists (
    select 1 from auth.users u
    where u.id = account and u.deleted_at is null
      and (u.banned_until is null or u.banned_until <= now())
  ) then
    return false;
  end if;
  -- Removed from every organisation they belonged to: nothing left to serve. A user never
  -- added to one yet stays signed in ("Not a member of an organisation yet").
  if exists (select 1 from public.members m where m.user_id = account)
     and not exists (
       select 1 from public.members m where m.user_id = account and m.deleted_at is null
     ) then
    return false;
  end if;
  if to_regclass('auth.liaison_sessions') is not null then
    return exists (
      select 1 from auth.liaison_sessions s
      where s.id = session and s.user_id = account and s.revoked_at is null
    );
  end if;
  return exists (
    select 1 from auth.sessions s
    where s.id = session and s.user_id = account and (s.not_after is null or s.not_after > now())
      and exists (
        select 1 from auth.refresh_tokens t where t.session_id = s.id and not t.revoked
      )
  );
end
$$;

-- Only the API's own connection asks; through the Data API it would only leak session ids' state.
revoke execute on function public.session_is_live(uuid, uuid) from public, anon, authenticated;
