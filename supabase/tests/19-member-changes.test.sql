-- public.member_changes, the log of the admin's member routes: the server writes it, an org's
-- admins read their own org's rows, nobody else reads or writes any.
begin;
select plan(9);
\ir fixtures/two-orgs.psql

insert into public.members (org_id, user_id, role, display_name)
values (pg_temp.fx('org2'), pg_temp.fx('stranger'), 'admin', 'admin of two');

-- Written as the owner, the way the API's asServer does.
insert into public.member_changes (org_id, actor_user_id, member_id, target_user_id, action, new_role)
select m.org_id, pg_temp.fx('admin'), m.id, m.user_id, 'invite', m.role
from public.members m where m.user_id = pg_temp.fx('viewer');
insert into public.member_changes (org_id, actor_user_id, member_id, target_user_id, action, old_role, new_role)
select m.org_id, pg_temp.fx('stranger'), m.id, m.user_id, 'role', 'viewer', 'manager'
from public.members m where m.user_id = pg_temp.fx('outsider');

select ok((select relrowsecurity from pg_class where oid = 'public.member_changes'::regclass),
  'row-level security is on');

select pg_temp.act_as('admin');
select is((select count(*) from public.member_changes), 1::bigint,
  'an admin reads their org''s changes only');
select is((select target_user_id from public.member_changes), pg_temp.fx('viewer'),
  'and it is the change of their org');
select throws_ok(
  $$insert into public.member_changes (org_id, actor_user_id, member_id, target_user_id, action)
    select org_id, user_id, id, user_id, 'remove' from public.members
    where user_id = pg_temp.fx('admin')$$,
  '42501', null, 'an admin cannot write a change');
select throws_ok($$update public.member_changes set action = 'remove'$$, '42501', null,
  'nor alter one');
select throws_ok($$delete from public.member_changes$$, '42501', null, 'nor delete one');

select pg_temp.act_as('lead');
select is((select count(*) from public.member_changes), 0::bigint, 'a lead reads none');
select pg_temp.act_as('manager');
select is((select count(*) from public.member_changes), 0::bigint, 'nor does a manager');

select pg_temp.act_as('stranger');
select is((select count(*) from public.member_changes), 1::bigint,
  'the admin of the other org reads only theirs');

select * from finish();
rollback;
