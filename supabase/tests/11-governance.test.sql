-- Governance and risk: forums and their members are kept by leads and admins; decisions and
-- risks by every writer, read by the org, never hard-deleted; a decision names its context and
-- never comes from a private check-in (nor is a check-in it comes from made private); a risk is
-- rated 1 to 5 twice, names a vendor that is a vendor and an owner of the org; old tombstones of
-- both are purged.
begin;
select plan(89);
\ir fixtures/two-orgs.psql

insert into fixture_ids (name) values
  ('meeting'), ('meeting_decision'), ('acct_old'), ('risk_old'), ('forum_old'),
  ('decision_old');

-- How many rows `statement` changed as the current role (0 when row-level security hid them).
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

-- A decision or a risk in `org`, with the columns and values of `extra` added.
create function pg_temp.decision(extra_columns text default '', extra_values text default '',
  org text default 'org1')
returns text
language sql
as $$
  select format($f$insert into public.decisions (org_id, title%s) values (%L, 'Decided'%s)$f$,
    extra_columns, pg_temp.fx(org), extra_values)
$$;
create function pg_temp.risk(extra_columns text default '', extra_values text default '',
  org text default 'org1', account text default 'acct1')
returns text
language sql
as $$
  select format($f$insert into public.risks (org_id, account_id, title, likelihood, impact%s)
    values (%L, %L, 'At risk', 3, 3%s)$f$,
    extra_columns, pg_temp.fx(org), pg_temp.fx(account), extra_values)
$$;

-- The helper behind the leads' policies.
select ok(
  (select p.prosecdef and p.proconfig @> array['search_path=""']
   from pg_proc p join pg_namespace n on n.oid = p.pronamespace
   where n.nspname = 'public' and p.proname = 'leading_org_ids'),
  'leading_org_ids is security definer with an empty search_path');
select ok(
  not has_function_privilege('anon', 'public.leading_org_ids()', 'execute')
    and has_function_privilege('authenticated', 'public.leading_org_ids()', 'execute'),
  'leading_org_ids is for signed-in users, not anon');
select ok(
  (select count(*) = 3 and bool_and(p.proconfig @> array['search_path=""'])
   from pg_proc p join pg_namespace n on n.oid = p.pronamespace
   where n.nspname = 'public' and p.proname in ('leading_org_ids', 'refuse_private_decision',
     'refuse_private_checkin_with_decisions')),
  'the governance functions run with an empty search_path');
select pg_temp.act_as('lead');
select results_eq($$select public.leading_org_ids()$$, $$values (pg_temp.fx('org1'))$$,
  'a lead leads their org');
select pg_temp.act_as('manager');
select is_empty($$select public.leading_org_ids()$$, 'a manager leads no org');

-- Forums and their members: admins and leads write them, managers and viewers only read them.
select pg_temp.act_as('admin');
select lives_ok(
  $$insert into public.forums (org_id, name) values (pg_temp.fx('org1'), 'Admin forum')$$,
  'an admin creates a forum');
select is(pg_temp.changed($$update public.forums set charter = 'Quarterly'
    where id = pg_temp.fx('forum1')$$), 1::bigint, 'an admin changes a forum');
select lives_ok(
  $$insert into public.forum_members (org_id, forum_id, contact_id)
    values (pg_temp.fx('org1'), pg_temp.fx('forum1'), pg_temp.fx('contact1'))$$,
  'an admin seats a forum member');
select is(pg_temp.changed($$update public.forum_members set deleted_at = now()
    where id = pg_temp.fx('forum_member1')$$), 1::bigint, 'an admin removes a forum member');

select pg_temp.act_as('lead');
select lives_ok(
  $$insert into public.forums (org_id, name, cadence_days)
    values (pg_temp.fx('org1'), 'Lead forum', 30)$$,
  'a lead creates a forum');
select is(pg_temp.changed($$update public.forums set cadence_days = 45
    where id = pg_temp.fx('forum1')$$), 1::bigint, 'a lead changes a forum');
select lives_ok(
  $$insert into public.forum_members (org_id, forum_id, account_id)
    values (pg_temp.fx('org1'), pg_temp.fx('forum1'), pg_temp.fx('vendor1'))$$,
  'a lead seats a forum member');
select is(pg_temp.changed($$update public.forum_members set deleted_at = null
    where id = pg_temp.fx('forum_member1')$$), 1::bigint, 'a lead changes a forum member');

select pg_temp.act_as('manager');
select throws_ok(
  $$insert into public.forums (org_id, name) values (pg_temp.fx('org1'), 'Manager forum')$$,
  '42501', null, 'a manager cannot create a forum');
select is(pg_temp.changed($$update public.forums set charter = 'Mine'
    where id = pg_temp.fx('forum1')$$), 0::bigint, 'a manager cannot change a forum');
select throws_ok(
  $$insert into public.forum_members (org_id, forum_id, contact_id)
    values (pg_temp.fx('org1'), pg_temp.fx('forum1'), pg_temp.fx('contact1'))$$,
  '42501', null, 'a manager cannot seat a forum member');
select is(pg_temp.changed($$update public.forum_members set deleted_at = now()
    where id = pg_temp.fx('forum_member1')$$), 0::bigint, 'a manager cannot remove one');
select is((select count(*) from public.forums where id = pg_temp.fx('forum1')), 1::bigint,
  'a manager reads the forums');

select pg_temp.act_as('viewer');
select throws_ok(
  $$insert into public.forums (org_id, name) values (pg_temp.fx('org1'), 'Viewer forum')$$,
  '42501', null, 'a viewer cannot create a forum');
select is(pg_temp.changed($$update public.forums set charter = 'Mine'
    where id = pg_temp.fx('forum1')$$), 0::bigint, 'a viewer cannot change a forum');
select throws_ok(
  $$insert into public.forum_members (org_id, forum_id, contact_id)
    values (pg_temp.fx('org1'), pg_temp.fx('forum1'), pg_temp.fx('contact1'))$$,
  '42501', null, 'a viewer cannot seat a forum member');
select is(pg_temp.changed($$update public.forum_members set deleted_at = now()
    where id = pg_temp.fx('forum_member1')$$), 0::bigint, 'a viewer cannot remove one');
select is((select count(*) from public.forum_members where id = pg_temp.fx('forum_member1')),
  1::bigint, 'a viewer reads the forum members');

select pg_temp.act_as('lead');
select throws_ok(
  $$insert into public.forums (org_id, name) values (pg_temp.fx('org2'), 'Taken')$$,
  '42501', null, 'a lead cannot create a forum in another org');
select is(pg_temp.changed($$update public.forums set charter = 'Taken'
    where id = pg_temp.fx('forum2')$$), 0::bigint, 'nor change another org''s forum');
select pg_temp.act_as('admin');
select throws_ok(
  $$insert into public.forum_members (org_id, forum_id, account_id)
    values (pg_temp.fx('org2'), pg_temp.fx('forum2'), pg_temp.fx('acct2'))$$,
  '42501', null, 'an admin cannot seat a member in another org''s forum');
select is(pg_temp.changed($$update public.forum_members set deleted_at = now()
    where id = pg_temp.fx('forum_member2')$$), 0::bigint,
  'nor remove another org''s forum member');

-- Decisions and risks: read by the org, written by its writers, never hard-deleted.
select pg_temp.act_as('viewer');
select results_eq(
  $$select (select count(*) from public.decisions where id = pg_temp.fx('decision1')),
      (select count(*) from public.risks where id = pg_temp.fx('risk1'))$$,
  $$values (1::bigint, 1::bigint)$$,
  'a viewer reads the org''s decisions and risks');
select throws_ok(pg_temp.decision(', account_id', format(', %L', pg_temp.fx('acct1'))), '42501',
  null, 'a viewer cannot record a decision');
select throws_ok(pg_temp.risk(), '42501', null, 'a viewer cannot record a risk');
select is(pg_temp.changed($$update public.decisions set status = 'reversed'
    where id = pg_temp.fx('decision1')$$), 0::bigint, 'a viewer cannot change a decision');
select is(pg_temp.changed($$update public.risks set status = 'closed'
    where id = pg_temp.fx('risk1')$$), 0::bigint, 'a viewer cannot change a risk');

select pg_temp.act_as('manager');
select lives_ok(pg_temp.decision(', forum_id', format(', %L', pg_temp.fx('forum1'))),
  'a manager records a forum''s decision');
select lives_ok(pg_temp.risk(), 'a manager records a risk');
select is(pg_temp.changed($$update public.decisions set status = 'reversed'
    where id = pg_temp.fx('decision1')$$), 1::bigint, 'a manager changes a decision');
select is(pg_temp.changed($$update public.risks set status = 'mitigating'
    where id = pg_temp.fx('risk1')$$), 1::bigint, 'a manager changes a risk');
select throws_ok(pg_temp.decision(', account_id', format(', %L', pg_temp.fx('acct2')), 'org2'),
  '42501', null, 'a manager cannot record a decision in another org');
select throws_ok(pg_temp.risk('', '', 'org2', 'acct2'), '42501', null,
  'nor a risk in another org');
select is(pg_temp.changed($$update public.decisions set status = 'decided'
    where id = pg_temp.fx('decision2')$$), 0::bigint, 'nor change another org''s decision');
select is(pg_temp.changed($$update public.risks set status = 'closed'
    where id = pg_temp.fx('risk2')$$), 0::bigint, 'nor another org''s risk');

select pg_temp.act_as('lead');
select lives_ok(pg_temp.risk(', kind', ', ''security'''), 'a lead records a risk');
select pg_temp.act_as('admin');
select lives_ok(pg_temp.decision(', account_id', format(', %L', pg_temp.fx('acct1'))),
  'an admin records a decision');

select pg_temp.act_as('outsider');
select results_eq(
  $$select (select count(*) from public.decisions where org_id = pg_temp.fx('org1')),
      (select count(*) from public.risks where org_id = pg_temp.fx('org1'))$$,
  $$values (0::bigint, 0::bigint)$$,
  'another org''s manager reads none of org 1''s decisions and risks');

select ok(
  not has_table_privilege('authenticated', 'public.decisions', 'delete')
    and not has_table_privilege('authenticated', 'public.risks', 'delete'),
  'users have no privilege to hard-delete decisions or risks');
select pg_temp.act_as('admin');
select throws_ok($$delete from public.decisions where id = pg_temp.fx('decision1')$$,
  '42501', null, 'even an admin cannot hard-delete a decision');
select throws_ok($$delete from public.risks where id = pg_temp.fx('risk1')$$,
  '42501', null, 'nor a risk');
select pg_temp.act_as('manager');
select is(pg_temp.changed($$update public.risks set deleted_at = now()
    where id = pg_temp.fx('risk1')$$), 1::bigint, 'a manager tombstones a risk');

-- A decision's context: at least one of a forum, a meeting or a relationship, all of its org.
select throws_ok(pg_temp.decision(), '23514',
  'new row for relation "decisions" violates check constraint "decisions_context_check"',
  'a decision with no forum, check-in or relationship is refused');
select lives_ok(pg_temp.decision(', checkin_id', format(', %L', pg_temp.fx('checkin1'))),
  'a meeting''s decision needs nothing else');
select throws_ok(pg_temp.decision(', forum_id', format(', %L', pg_temp.fx('forum2'))), '23503',
  null, 'a decision cannot point at another org''s forum');
select throws_ok(pg_temp.decision(', account_id', format(', %L', pg_temp.fx('acct2'))), '23503',
  null, 'nor at another org''s relationship');
select throws_ok(pg_temp.decision(', checkin_id', format(', %L', pg_temp.fx('checkin2'))),
  '23503', null, 'nor at another org''s check-in');
select throws_ok(
  pg_temp.decision(', account_id, status', format(', %L, ''agreed''', pg_temp.fx('acct1'))),
  '23514', null, 'a decision''s status is proposed, decided or reversed');
select throws_ok(
  format($f$insert into public.decisions (org_id, account_id, title) values (%L, %L, '')$f$,
    pg_temp.fx('org1'), pg_temp.fx('acct1')),
  '23514', null, 'a decision has a title');

-- Never from a private check-in: its author is told why; anyone else learns no more than from
-- a check-in that does not exist.
select throws_ok(pg_temp.decision(', checkin_id', format(', %L', pg_temp.fx('private1'))),
  'P0001',
  'checkin_id: a decision is shared with the organisation, so it can''t come from a private check-in',
  'the author of a private check-in is told a decision cannot come from it');
select throws_ok(
  format($f$update public.decisions set checkin_id = %L where id = %L$f$,
    pg_temp.fx('private1'), pg_temp.fx('decision1')),
  'P0001', null, 'nor can an existing decision be moved onto it');
select pg_temp.act_as('manager2');
select throws_ok(pg_temp.decision(', checkin_id', format(', %L', pg_temp.fx('private1'))),
  '23503', 'decisions.checkin_id is not a check-in of the org',
  'another member gets the 23503 of a missing check-in');
select throws_ok(pg_temp.decision(', checkin_id', format(', %L', gen_random_uuid())), '23503',
  null, 'which is what a check-in that does not exist gives');
-- Someone who cannot write the org is refused by row-level security before any check looks at
-- the rows the write names: nothing tells them the check-in is private, or who is a member.
select pg_temp.act_as('viewer');
select throws_ok(pg_temp.decision(', checkin_id', format(', %L', pg_temp.fx('private1'))),
  '42501', null, 'a viewer is refused by row-level security, not told of a private check-in');
select pg_temp.act_as('outsider');
select throws_ok(pg_temp.decision(', checkin_id', format(', %L', pg_temp.fx('private1'))),
  '42501', null, 'so is another org''s user');
select throws_ok(pg_temp.risk(', owner_user_id', format(', %L', pg_temp.fx('stranger'))),
  '42501', null, 'who learns nothing of who is a member of the org either');
reset role;
select throws_ok(pg_temp.decision(', checkin_id', format(', %L', pg_temp.fx('private1'))),
  '23503', 'decisions.checkin_id is not a check-in of the org',
  'the table owner (no signed-in user) gets it too');
-- The author, also a member of org 2, naming their private check-in from there: just a check-in
-- of another org.
insert into public.members (org_id, user_id, role)
values (pg_temp.fx('org2'), pg_temp.fx('manager'), 'manager');
select pg_temp.act_as('manager');
select throws_ok(
  pg_temp.decision(', checkin_id', format(', %L', pg_temp.fx('private1')), 'org2'), '23503',
  null, 'another org''s private check-in is refused as another org''s check-in, to its author too');
reset role;
delete from public.members where org_id = pg_temp.fx('org2') and user_id = pg_temp.fx('manager');

-- The other way round: a check-in live decisions come from is not made private.
insert into public.checkins (id, org_id, account_id, author_id, kind, forum_id, visibility)
values (pg_temp.fx('meeting'), pg_temp.fx('org1'), pg_temp.fx('acct1'), pg_temp.fx('manager'),
  'forum', pg_temp.fx('forum1'), 'org');
insert into public.decisions (id, org_id, checkin_id, title)
values (pg_temp.fx('meeting_decision'), pg_temp.fx('org1'), pg_temp.fx('meeting'), 'Pilot');
select pg_temp.act_as('manager');
select throws_ok(
  $$update public.checkins set visibility = 'private' where id = pg_temp.fx('meeting')$$,
  'P0001',
  'visibility: decisions shared with the organisation come from this check-in, so it can''t be made private',
  'a check-in that a live decision comes from cannot be made private');
select lives_ok(
  $$update public.checkins set notes = 'Minutes' where id = pg_temp.fx('meeting')$$,
  'it is edited otherwise as before');
update public.decisions set deleted_at = now() where id = pg_temp.fx('meeting_decision');
select lives_ok(
  $$update public.checkins set visibility = 'private' where id = pg_temp.fx('meeting')$$,
  'once its decisions are deleted, it can be made private');
select lives_ok(
  $$update public.checkins set notes = 'Private minutes' where id = pg_temp.fx('meeting')$$,
  'and a private check-in with only deleted decisions is edited freely');

-- A risk's ratings, kind, status, vendor and owner.
select throws_ok(replace(pg_temp.risk(), '3, 3', '0, 3'), '23514', null,
  'likelihood is at least 1');
select throws_ok(replace(pg_temp.risk(), '3, 3', '6, 3'), '23514', null,
  'likelihood is at most 5');
select throws_ok(replace(pg_temp.risk(), '3, 3', '3, 0'), '23514', null, 'impact is at least 1');
select throws_ok(replace(pg_temp.risk(), '3, 3', '3, 6'), '23514', null, 'impact is at most 5');
select lives_ok(replace(pg_temp.risk(), '3, 3', '1, 5'), 'the ends of the scale are ratings');
select throws_ok(
  format($f$insert into public.risks (org_id, account_id, title, impact) values (%L, %L, 'X', 3)$f$,
    pg_temp.fx('org1'), pg_temp.fx('acct1')),
  '23502', null, 'a risk is rated for likelihood');
select throws_ok(pg_temp.risk(', kind', ', ''weather'''), '23514', null,
  'a risk''s kind is one of the seven');
select throws_ok(pg_temp.risk(', status', ', ''done'''), '23514', null,
  'a risk''s status is open, mitigating, accepted or closed');
select is(
  (select kind || '/' || status from public.risks
   where org_id = pg_temp.fx('org1') and title = 'At risk' and impact = 5),
  'other/open', 'a risk is of another kind and open unless it says');
select throws_ok(pg_temp.risk(', vendor_account_id', format(', %L', pg_temp.fx('acct1'))),
  'P0001', 'vendor_account_id: Health is an agency, not a vendor',
  'a risk''s vendor is a vendor account');
select throws_ok(pg_temp.risk(', vendor_account_id', format(', %L', pg_temp.fx('vendor2'))),
  '23503', null, 'nor another org''s vendor');
select throws_ok(pg_temp.risk(', value_item_id', format(', %L', pg_temp.fx('value2'))),
  '23503', null, 'a risk cannot point at another org''s value item');
select throws_ok(pg_temp.risk('', '', 'org1', 'acct2'), '23503', null,
  'nor at another org''s relationship');
select throws_ok(pg_temp.risk(', owner_user_id', format(', %L', pg_temp.fx('stranger'))),
  '23503', 'risks.owner_user_id must be a member of the org',
  'a risk''s owner is a member of the org');
select throws_ok(pg_temp.risk(', owner_user_id', format(', %L', pg_temp.fx('outsider'))),
  '23503', 'risks.owner_user_id must be a member of the org',
  'not a member of another org');
select lives_ok(
  pg_temp.risk(', vendor_account_id, value_item_id, owner_user_id, review_on',
    format(', %L, %L, %L, ''2027-01-31''', pg_temp.fx('vendor1'), pg_temp.fx('value1'),
      pg_temp.fx('viewer'))),
  'a risk names its vendor, its value item and any member as its owner');
select throws_ok(
  format($f$update public.risks set owner_user_id = %L where id = %L$f$,
    pg_temp.fx('stranger'), pg_temp.fx('risk1')),
  '23503', null, 'an update cannot hand a risk to someone outside the org');
reset role;

-- Old tombstones: decisions and risks are purged before what they point at, so a forum whose
-- only decision is an old tombstone goes in the same pass; a live risk holds its relationship.
insert into public.accounts (id, org_id, kind, name)
values (pg_temp.fx('acct_old'), pg_temp.fx('org1'), 'agency', 'Old agency');
insert into public.risks (id, org_id, account_id, title, likelihood, impact)
values (pg_temp.fx('risk_old'), pg_temp.fx('org1'), pg_temp.fx('acct_old'), 'Held', 1, 1);
insert into public.forums (id, org_id, name) values (pg_temp.fx('forum_old'), pg_temp.fx('org1'),
  'Old forum');
insert into public.decisions (id, org_id, forum_id, title)
values (pg_temp.fx('decision_old'), pg_temp.fx('org1'), pg_temp.fx('forum_old'), 'Old');
update public.decisions set deleted_at = now() - interval '100 days'
where id in (pg_temp.fx('decision2'), pg_temp.fx('decision_old'));
update public.risks set deleted_at = now() - interval '100 days' where id = pg_temp.fx('risk2');
update public.forums set deleted_at = now() - interval '100 days'
where id = pg_temp.fx('forum_old');
update public.accounts set deleted_at = now() - interval '100 days'
where id = pg_temp.fx('acct_old');
select ok(public.purge_sync_history() is not null, 'the purge runs');

select results_eq(
  $$select (select count(*) from public.decisions where id = pg_temp.fx('decision2')),
      (select count(*) from public.risks where id = pg_temp.fx('risk2'))$$,
  $$values (0::bigint, 0::bigint)$$,
  'an old tombstoned decision and risk are removed');
select results_eq(
  $$select (select count(*) from public.decisions where id = pg_temp.fx('decision_old')),
      (select count(*) from public.forums where id = pg_temp.fx('forum_old'))$$,
  $$values (0::bigint, 0::bigint)$$,
  'an old forum goes with its old tombstoned decision, in one pass');
select is((select count(*) from public.risks where id = pg_temp.fx('risk1')), 1::bigint,
  'a recent tombstone stays');
select is((select count(*) from public.accounts where id = pg_temp.fx('acct_old')), 1::bigint,
  'an old tombstoned relationship that a live risk names stays');

select * from finish();
rollback;
