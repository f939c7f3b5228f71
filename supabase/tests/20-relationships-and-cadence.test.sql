-- Issue 13: an admin creates, archives and restores relationships, assigns and unassigns their
-- managers and sets the org's cadence defaults per tier; leads and managers do none of it. A
-- relationship created without a cadence takes its org's default for its tier.
begin;
select plan(26);
\ir fixtures/two-orgs.psql

create function pg_temp.changed(statement text) returns bigint
language plpgsql
as $$
declare
  n bigint;
begin
  execute statement;
  get diagnostics n = row_count;
  return n;
end
$$;

create function pg_temp.cadence_of(account_name text) returns integer
language sql
as $$ select cadence_days from public.accounts where name = account_name $$;

select col_default_is('public', 'orgs', 'cadence_strategic_days', '14', 'strategic: 14 days');
select col_default_is('public', 'orgs', 'cadence_core_days', '30', 'core: 30 days');
select col_default_is('public', 'orgs', 'cadence_transactional_days', '90', 'transactional: 90');

-- The cadence defaults: an admin's, within 1..3650 days.
select pg_temp.act_as('lead');
select is(pg_temp.changed($$update public.orgs set cadence_core_days = 7
    where id = pg_temp.fx('org1')$$), 0::bigint, 'a lead cannot change the cadence defaults');
select pg_temp.act_as('manager');
select is(pg_temp.changed($$update public.orgs set cadence_strategic_days = 7
    where id = pg_temp.fx('org1')$$), 0::bigint, 'a manager cannot change the cadence defaults');
select pg_temp.act_as('admin');
select is(pg_temp.changed($$update public.orgs
    set cadence_strategic_days = 10, cadence_core_days = 21, cadence_transactional_days = 60
    where id = pg_temp.fx('org1')$$), 1::bigint, 'an admin sets the cadence defaults');
select is(pg_temp.changed($$update public.orgs set cadence_core_days = 5
    where id = pg_temp.fx('org2')$$), 0::bigint, 'an admin cannot set another org''s defaults');
select throws_ok($$update public.orgs set cadence_core_days = 0 where id = pg_temp.fx('org1')$$,
  '23514', null, 'a default of 0 days is refused');
select throws_ok(
  $$update public.orgs set cadence_transactional_days = 3651 where id = pg_temp.fx('org1')$$,
  '23514', null, 'a default over 3650 days is refused');

-- Creating relationships: the org's default for the tier unless one is given.
select lives_ok($$insert into public.accounts (org_id, kind, name, tier) values
    (pg_temp.fx('org1'), 'agency', 'New strategic', 'strategic'),
    (pg_temp.fx('org1'), 'vendor', 'New core', 'core'),
    (pg_temp.fx('org1'), 'partner', 'New transactional', 'transactional'),
    (pg_temp.fx('org1'), 'agency', 'New paced', 'core')$$, 'an admin creates relationships');
select is(pg_temp.cadence_of('New strategic'), 10, 'a strategic one takes the org''s 10 days');
select is(pg_temp.cadence_of('New core'), 21, 'a core one takes the org''s 21 days');
select is(pg_temp.cadence_of('New transactional'), 60, 'a transactional one takes 60 days');
select is(pg_temp.changed($$update public.accounts set cadence_days = 45
    where name = 'New paced'$$), 1::bigint, 'an admin gives one its own cadence');
select is(pg_temp.cadence_of('Health'), 14,
  'a relationship created before the change keeps its cadence');
select is(pg_temp.changed($$update public.accounts set cadence_days = null
    where name = 'New paced'$$), 1::bigint, 'an admin clears a relationship''s cadence');
select is(pg_temp.cadence_of('New paced'), 21, 'a cleared cadence is the org''s default again');

-- Archive and restore: an admin's.
select is(pg_temp.changed($$update public.accounts set status = 'archived'
    where id = pg_temp.fx('vendor1')$$), 1::bigint, 'an admin archives a relationship');
select is(pg_temp.changed($$update public.accounts set status = 'active'
    where id = pg_temp.fx('vendor1')$$), 1::bigint, 'an admin restores it');

-- Assignments: an admin's; a removed one frees the pair for a new one.
select is(pg_temp.changed($$update public.assignments set deleted_at = now()
    where id = pg_temp.fx('assign1')$$), 1::bigint, 'an admin unassigns (tombstone)');
select lives_ok($$insert into public.assignments (org_id, account_id, user_id, role)
    values (pg_temp.fx('org1'), pg_temp.fx('acct1'), pg_temp.fx('manager'), 'secondary')$$,
  'an admin assigns the same manager again');
update public.accounts set status = 'archived' where name = 'New core';

select pg_temp.act_as('lead');
select throws_ok($$insert into public.accounts (org_id, kind, name) values
    (pg_temp.fx('org1'), 'agency', 'By a lead')$$, '42501', null,
  'a lead cannot create a relationship');
select throws_ok($$update public.accounts set status = 'archived'
    where id = pg_temp.fx('acct1')$$, '42501', null, 'a lead cannot archive a relationship');
select throws_ok($$insert into public.assignments (org_id, account_id, user_id, role)
    values (pg_temp.fx('org1'), pg_temp.fx('vendor1'), pg_temp.fx('lead'), 'primary')$$,
  '42501', null, 'a lead cannot assign');
select pg_temp.act_as('manager');
select throws_ok($$update public.accounts set status = 'active' where name = 'New core'$$,
  '42501', null, 'a manager cannot restore a relationship');
select is(pg_temp.changed($$update public.assignments set deleted_at = now()
    where account_id = pg_temp.fx('acct1') and deleted_at is null$$), 0::bigint,
  'a manager cannot unassign');

select * from finish();
rollback;
