-- A private check-in and the commitments made at it are its author's alone (issue 11), role by
-- role: reading, changing and the change log; assigned only to the author or to no one of ours;
-- and a check-in that changes visibility takes its commitments with it.
begin;
select plan(16);
\ir fixtures/two-orgs.psql
\ir fixtures/as-everyone.psql

-- pitem: made at the fixture's private check-in (manager's). later1: shared, made private
-- later, with litem at it. shared1: shared, with a commitment assigned to manager2.
insert into fixture_ids (name) values ('pitem'), ('later1'), ('litem'), ('shared1'),
  ('colleague_item');
insert into public.checkins (id, org_id, account_id, author_id, kind, notes, visibility) values
  (pg_temp.fx('later1'), pg_temp.fx('org1'), pg_temp.fx('acct1'), pg_temp.fx('manager'),
   'visit', 'shared at first', 'org'),
  (pg_temp.fx('shared1'), pg_temp.fx('org1'), pg_temp.fx('acct1'), pg_temp.fx('manager'),
   'visit', 'shared', 'org');
insert into public.action_items (id, org_id, account_id, checkin_id, title, details,
  assignee_user_id) values
  (pg_temp.fx('pitem'), pg_temp.fx('org1'), pg_temp.fx('acct1'), pg_temp.fx('private1'),
   'Raise the staffing worry', 'quietly', pg_temp.fx('manager')),
  (pg_temp.fx('litem'), pg_temp.fx('org1'), pg_temp.fx('acct1'), pg_temp.fx('later1'),
   'Send the costings', null, null),
  (pg_temp.fx('colleague_item'), pg_temp.fx('org1'), pg_temp.fx('acct1'),
   pg_temp.fx('shared1'), 'Book the room', null, pg_temp.fx('manager2'));

create temp table marks (name text primary key, id bigint not null);
grant select on marks to authenticated;
create function pg_temp.mark(name text) returns void
language sql
as $$ insert into marks values (name, (select max(id) from public.change_log)) $$;
create function pg_temp.since(name text) returns bigint
language sql stable
as $$ select id from marks m where m.name = since.name $$;

select is(
  pg_temp.finders($$select count(*) from public.action_items where id = pg_temp.fx('pitem')$$),
  array['manager'],
  'a commitment made at a private check-in: only the check-in''s author reads it');
select is(
  pg_temp.finders($$with changed as (update public.action_items set title = 'Changed'
      where id = pg_temp.fx('pitem') returning 1) select count(*) from changed$$),
  array['manager'],
  'only the check-in''s author changes a commitment made at it');
select is(
  pg_temp.finders($$with changed as (update public.action_items set deleted_at = now()
      where id = pg_temp.fx('pitem') returning 1) select count(*) from changed$$),
  array['manager'],
  'only the check-in''s author deletes a commitment made at it');
select is(
  pg_temp.finders($$select count(*) from public.change_log where row_id = pg_temp.fx('pitem')$$),
  array['manager'],
  'a commitment made at a private check-in: only its author finds it in the change log');
select is(
  pg_temp.finders($$select count(*) from public.action_items
      where id = pg_temp.fx('item1')$$),
  array['admin', 'lead', 'manager', 'manager2', 'viewer'],
  'a commitment made at a shared check-in is read by the whole org, as before');
select is(
  pg_temp.finders($$with made as (insert into public.action_items (org_id, account_id,
      checkin_id, title) values (pg_temp.fx('org1'), pg_temp.fx('acct1'), pg_temp.fx('private1'),
      'Guessed the id') returning 1) select count(*) from made$$),
  array['manager'],
  'only the author makes a commitment at their private check-in (others cannot, by its id)');

-- Assigned to the author or to no one of ours.
select pg_temp.act_as('manager');
select throws_ok(
  $$update public.action_items set assignee_user_id = pg_temp.fx('manager2')
      where id = pg_temp.fx('pitem')$$,
  'P0001',
  'assignee_user_id: a commitment made at a private check-in is yours alone, so it can''t be assigned to a colleague',
  'the author cannot assign a commitment made at their private check-in to a colleague');
select throws_ok(
  $$insert into public.action_items (org_id, account_id, checkin_id, title, assignee_user_id)
      values (pg_temp.fx('org1'), pg_temp.fx('acct1'), pg_temp.fx('private1'), 'For a colleague',
      pg_temp.fx('lead'))$$,
  'P0001',
  'assignee_user_id: a commitment made at a private check-in is yours alone, so it can''t be assigned to a colleague',
  'nor make one there for a colleague');
select lives_ok(
  $$insert into public.action_items (org_id, account_id, checkin_id, title, owner_side,
      assignee_user_id) values
    (pg_temp.fx('org1'), pg_temp.fx('acct1'), pg_temp.fx('private1'), 'Mine', 'us',
     pg_temp.fx('manager')),
    (pg_temp.fx('org1'), pg_temp.fx('acct1'), pg_temp.fx('private1'), 'Theirs', 'them', null)$$,
  'the author makes commitments there for themselves, or for the other side');
select pg_temp.act_as('manager2');
select throws_ok(
  $$insert into public.action_items (org_id, account_id, checkin_id, title, assignee_user_id)
      values (pg_temp.fx('org1'), pg_temp.fx('acct1'), pg_temp.fx('private1'), 'Mine now',
      pg_temp.fx('manager2'))$$,
  '23503', 'action_items.checkin_id is not a check-in of the org',
  'a colleague who names a private check-in is answered as for an id that does not exist');
select pg_temp.act_as('manager');
select throws_ok(
  $$update public.checkins set visibility = 'private' where id = pg_temp.fx('shared1')$$,
  'P0001',
  'visibility: commitments made at this check-in are assigned to colleagues, so it can''t be made private',
  'a check-in with a commitment assigned to a colleague stays shared');
select set_config('role', 'none', true);
select throws_ok(
  $$update public.action_items set checkin_id = pg_temp.fx('private1')
      where id = pg_temp.fx('colleague_item')$$,
  'P0001',
  'assignee_user_id: a commitment made at a private check-in is yours alone, so it can''t be assigned to a colleague',
  'nor does the service move a colleague''s commitment to a private check-in');

-- A check-in made private takes its commitments from the org: one entry each, readable by
-- the org (their pull's delete); edits while private are the author's; shared again, the org.
select pg_temp.mark('made private');
update public.checkins set visibility = 'private' where id = pg_temp.fx('later1');
select is(
  pg_temp.finders($$select count(*) from public.change_log where row_id = pg_temp.fx('litem')
      and id > pg_temp.since('made private')$$),
  array['admin', 'lead', 'manager', 'manager2', 'viewer'],
  'a check-in made private: the org reads an entry for each of its commitments (pull''s delete)');
select is(
  pg_temp.finders($$select count(*) from public.action_items where id = pg_temp.fx('litem')$$),
  array['manager'],
  'and then only the author reads those commitments');
select pg_temp.mark('edited while private');
update public.action_items set status = 'done' where id = pg_temp.fx('litem');
select is(
  pg_temp.finders($$select count(*) from public.change_log where row_id = pg_temp.fx('litem')
      and id > pg_temp.since('edited while private')$$),
  array['manager'],
  'an edit of a commitment at a private check-in: only its author finds it in the change log');
select pg_temp.mark('shared again');
update public.checkins set visibility = 'org' where id = pg_temp.fx('later1');
select is(
  pg_temp.finders($$select count(*) from public.change_log c
      join public.action_items a on a.id = c.row_id and a.version = c.version
      where c.row_id = pg_temp.fx('litem') and c.id > pg_temp.since('shared again')$$),
  array['admin', 'lead', 'manager', 'manager2', 'viewer'],
  'a check-in shared again: the org reads its commitments, each in its current version');
select * from finish();
rollback;
