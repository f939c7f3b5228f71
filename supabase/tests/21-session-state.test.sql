-- public.session_state: why a token's session no longer stands, so the device learns a removal.
begin;
select plan(6);
\ir fixtures/two-orgs.psql

insert into auth.liaison_sessions (id, user_id)
select gen_random_uuid(), pg_temp.fx(who) from unnest(array['manager', 'viewer', 'stranger']) who;
create function pg_temp.state(who text) returns text
language sql
as $$
  select public.session_state(s.id, s.user_id) from auth.liaison_sessions s
  where s.user_id = pg_temp.fx(who)
$$;

select is(pg_temp.state('manager'), 'live', 'an open session of a member is live');
select is(pg_temp.state('stranger'), 'live', 'so is one of a user not yet in any organisation');

update auth.liaison_sessions set revoked_at = now() where user_id = pg_temp.fx('stranger');
select is(pg_temp.state('stranger'), 'ended', 'a signed-out session has ended');

update public.members set deleted_at = now() where user_id = pg_temp.fx('viewer');
update auth.liaison_sessions set revoked_at = now() where user_id = pg_temp.fx('viewer');
select is(pg_temp.state('viewer'), 'removed',
  'a user removed from their only organisation is told so, though their session also ended');

update auth.users set deleted_at = now() where id = pg_temp.fx('viewer');
select is(pg_temp.state('viewer'), 'ended', 'a deleted user is not told anything more');

select ok(
  not has_function_privilege('authenticated', 'public.session_state(uuid, uuid)', 'execute')
    and not has_function_privilege('anon', 'public.session_state(uuid, uuid)', 'execute'),
  'the Data API roles cannot call it');

select * from finish();
rollback;
