-- Check-ins: a private one is visible to its author only; a check-in is written as oneself and
-- changed only by its author.
begin;
select plan(14);
\ir fixtures/two-orgs.psql

create function pg_temp.sees(fixture text) returns boolean
language sql
as $$ select exists (select 1 from public.checkins where id = pg_temp.fx(fixture)) $$;

select pg_temp.act_as('manager');
select ok(pg_temp.sees('private1'), 'the author sees their private check-in');
select pg_temp.act_as('manager2');
select ok(not pg_temp.sees('private1'), 'another manager does not see it');
select ok(pg_temp.sees('checkin1'), 'another manager sees an org check-in');
select pg_temp.act_as('admin');
select ok(not pg_temp.sees('private1'), 'an admin does not see it');
select pg_temp.act_as('viewer');
select ok(not pg_temp.sees('private1'), 'a viewer does not see it');

select pg_temp.act_as('manager2');
update public.checkins set notes = 'rewritten' where id = pg_temp.fx('checkin1');
select pg_temp.act_as('admin');
update public.checkins set deleted_at = now() where id = pg_temp.fx('checkin1');
reset role;
select results_eq(
  $$select notes, deleted_at is null from public.checkins where id = pg_temp.fx('checkin1')$$,
  $$values ('shared notes'::text, true)$$,
  'neither another manager nor an admin can change someone else''s check-in');

select pg_temp.act_as('manager2');
select throws_ok(
  $$insert into public.checkins (org_id, account_id, author_id)
    values (pg_temp.fx('org1'), pg_temp.fx('acct1'), pg_temp.fx('manager'))$$,
  '42501', null, 'a check-in cannot be written in someone else''s name');
with created as (
  insert into public.checkins (org_id, account_id, kind, forum_id)
  values (pg_temp.fx('org1'), pg_temp.fx('acct1'), 'forum', pg_temp.fx('forum1'))
  returning author_id
)
select is((select author_id from created), pg_temp.fx('manager2'),
  'a forum meeting is recorded with the signed-in user as its author');

select pg_temp.act_as('manager');
select throws_ok(
  $$update public.checkins set author_id = pg_temp.fx('manager2')
    where id = pg_temp.fx('checkin1')$$,
  '42501', null, 'the author cannot hand a check-in to someone else');

update public.checkins set visibility = 'private' where id = pg_temp.fx('checkin1');
update public.checkins set visibility = 'org' where id = pg_temp.fx('private1');
select pg_temp.act_as('manager2');
select ok(not pg_temp.sees('checkin1'), 'a check-in made private disappears for others');
select ok(pg_temp.sees('private1'), 'a check-in shared with the org appears for others');

select pg_temp.act_as('manager');
update public.checkins set notes = 'author edit' where id = pg_temp.fx('private1');
select is((select notes from public.checkins where id = pg_temp.fx('private1')), 'author edit',
  'the author updates their check-in');

reset role;
update public.members set deleted_at = now()
where org_id = pg_temp.fx('org1') and user_id = pg_temp.fx('manager');
select pg_temp.act_as('manager');
update public.checkins set notes = 'after leaving' where id = pg_temp.fx('private1');
reset role;
select is((select notes from public.checkins where id = pg_temp.fx('private1')), 'author edit',
  'an author who left the org can no longer change their check-ins');

select pg_temp.act_as('outsider');
select is((select count(*) from public.checkins where org_id = pg_temp.fx('org1')), 0::bigint,
  'the other org sees none of org 1''s check-ins');

select * from finish();
rollback;
