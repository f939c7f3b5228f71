-- Colleagues at a check-in: only members of the check-in's org may be listed, and the check
-- reveals nothing to someone who cannot write that org.
begin;
select plan(6);
\ir fixtures/two-orgs.psql

select pg_temp.act_as('manager');
update public.checkins set attendee_user_ids = array[pg_temp.fx('manager2'), pg_temp.fx('lead')]
where id = pg_temp.fx('checkin1');
select is(
  (select attendee_user_ids from public.checkins where id = pg_temp.fx('checkin1')),
  array[pg_temp.fx('manager2'), pg_temp.fx('lead')],
  'the author lists colleagues of the org as there');

select throws_ok(
  $$update public.checkins set attendee_user_ids = array[pg_temp.fx('outsider')]
    where id = pg_temp.fx('checkin1')$$,
  '23503', null, 'a member of another org cannot be listed');

select throws_ok(
  $$insert into public.checkins (org_id, account_id, attendee_user_ids)
    values (pg_temp.fx('org1'), pg_temp.fx('acct1'),
            array[pg_temp.fx('manager2'), pg_temp.fx('stranger')])$$,
  '23503', null, 'one stranger among colleagues refuses the whole check-in');

reset role;
update public.members set deleted_at = now()
where org_id = pg_temp.fx('org1') and user_id = pg_temp.fx('lead');
select pg_temp.act_as('manager');
update public.checkins set notes = 'edited after the lead left' where id = pg_temp.fx('checkin1');
select is((select notes from public.checkins where id = pg_temp.fx('checkin1')),
  'edited after the lead left',
  'a colleague who has since left stays on the check-ins they attended');
select throws_ok(
  $$insert into public.checkins (org_id, account_id, attendee_user_ids)
    values (pg_temp.fx('org1'), pg_temp.fx('acct1'), array[pg_temp.fx('lead')])$$,
  '23503', null, 'someone who has left cannot be listed on a new check-in');

-- Someone of another org gets RLS's refusal, not a hint of who is a member of org 1.
select pg_temp.act_as('outsider');
select throws_ok(
  $$insert into public.checkins (org_id, account_id, attendee_user_ids)
    values (pg_temp.fx('org1'), pg_temp.fx('acct1'), array[pg_temp.fx('stranger')])$$,
  '42501', null, 'another org''s member is refused by row-level security first');

select * from finish();
rollback;
