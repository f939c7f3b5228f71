-- Why a token's session no longer stands, so a device can act on it: 'removed' when its person
-- was taken out of every organisation they belonged to (the device then wipes the office's rows
-- and keeps what was not sent as refused changes), 'ended' when the session was signed out or
-- revoked or the user deleted or banned, 'live' otherwise. session_is_live keeps its meaning
-- and now asks this function, so the rule is written once.
create function public.session_state(session uuid, account uuid) returns text
language plpgsql stable security definer
set search_path = ''
as $$
begin
  if not exists (
    select 1 from auth.users u
    where u.id = account and u.deleted_at is null
      and (u.banned_until is null or u.banned_until <= now())
  ) then
    return 'ended';
  end if;
  -- Before the session: removing someone also ends their sessions, and the device must still
  -- learn that it was a removal. A user never added to an org yet is not removed.
  if exists (select 1 from public.members m where m.user_id = account)
     and not exists (
       select 1 from public.members m where m.user_id = account and m.deleted_at is null
     ) then
    return 'removed';
  end if;
  if to_regclass('auth.liaison_sessions') is not null then
    return case when exists (
      select 1 from auth.liaison_sessions s
      where s.id = session and s.user_id = account and s.revoked_at is null
    ) then 'live' else 'ended' end;
  end if;
  return case when exists (
    select 1 from auth.sessions s
    where s.id = session and s.user_id = account and (s.not_after is null or s.not_after > now())
      and exists (
        select 1 from auth.refresh_tokens t where t.session_id = s.id and not t.revoked
      )
  ) then 'live' else 'ended' end;
end
$$;

create or replace function public.session_is_live(session uuid, account uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select public.session_state(session, account) = 'live'
$$;

revoke execute on function public.session_state(uuid, uuid) from public, anon, authenticated;
revoke execute on function public.session_is_live(uuid, uuid) from public, anon, authenticated;
