-- public.session_is_live: what /api asks about every token's session, in the request's own
-- transaction; only the server's connection may ask.
begin;
select plan(9);
\ir fixtures/two-orgs.psql

insert into auth.liaison_sessions (id, user_id)
select gen_random_uuid(), pg_temp.fx(who) from unnest(array['manager', 'viewer', 'stranger']) who;
create temp table open_session as
select u.id as user_id, s.id as session_id
from auth.users u join auth.liaison_sessions s on s.user_id = u.id;
create function pg_temp.live(who text) returns boolean
language sql
as $$
  select public.session_is_live(o.session_id, o.user_id) from open_session o
  where o.user_id = pg_temp.fx(who)
$$;

select ok(pg_temp.live('manager'), 'an open session of a member is live');
select ok(pg_temp.live('stranger'), 'so is one of a user not yet in any organisation');
select ok(not public.session_is_live(gen_random_uuid(), pg_temp.fx('manager')),
  'a session that does not exist is not');
select ok(not public.session_is_live(
    (select session_id from open_session where user_id = pg_temp.fx('manager')), pg_temp.fx('viewer')),
  'nor is another user''s session');

update auth.liaison_sessions set revoked_at = now() where user_id = pg_temp.fx('stranger');
select ok(not pg_temp.live('stranger'), 'a signed-out session is not live');

update public.members set deleted_at = now() where user_id = pg_temp.fx('viewer');
select ok(not pg_temp.live('viewer'), 'nor one of a user removed from their only organisation');

update auth.users set banned_until = now() + interval '1 hour' where id = pg_temp.fx('manager');
select ok(not pg_temp.live('manager'), 'nor one of a banned user');
update auth.users set banned_until = null, deleted_at = now() where id = pg_temp.fx('manager');
select ok(not pg_temp.live('manager'), 'nor one of a deleted user');

select ok(
  not has_function_privilege('authenticated', 'public.session_is_live(uuid, uuid)', 'execute')
    and not has_function_privilege('anon', 'public.session_is_live(uuid, uuid)', 'execute'),
  'the Data API roles cannot call it');

select * from finish();
rollback;
