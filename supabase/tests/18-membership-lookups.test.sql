-- The membership lookups of the policies, kept in plpgsql so their plans are made once per
-- connection (20261203000100): same answers, same rights, still security definer.
begin;
select plan(8);
\ir fixtures/two-orgs.psql

select is(
  (select count(*)::int from pg_proc p join pg_language l on l.oid = p.prolang
    where p.pronamespace = 'public'::regnamespace and l.lanname = 'plpgsql' and p.prosecdef
      and p.provolatile = 's' and p.proconfig = array['search_path=""']
      and p.proname in ('member_org_ids', 'writable_org_ids', 'admin_org_ids', 'leading_org_ids',
                        'org_role')),
  5, 'the five lookups are stable security definer plpgsql with an empty search_path');

select ok(
  not has_function_privilege('anon', 'public.member_org_ids()', 'execute')
    and has_function_privilege('authenticated', 'public.member_org_ids()', 'execute')
    and not has_function_privilege('anon', 'public.org_role(uuid)', 'execute'),
  'they keep their grants: authenticated may call them, anon may not');

select pg_temp.act_as('lead');
select results_eq('select * from public.member_org_ids()', array[pg_temp.fx('org1')],
  'a lead is a member of their org only');
select results_eq('select * from public.leading_org_ids()', array[pg_temp.fx('org1')],
  'and leads it');
select is_empty('select * from public.admin_org_ids()', 'but administers none');
select is(public.org_role(pg_temp.fx('org2')), null, 'and has no role in the other org');

select pg_temp.act_as('viewer');
select is_empty('select * from public.writable_org_ids()', 'a viewer may write in no org');

reset role;
update public.members set deleted_at = now() where user_id = pg_temp.fx('lead');
select pg_temp.act_as('lead');
select is_empty('select * from public.member_org_ids()',
  'a member removed is a member of nothing on the next statement');

select * from finish();
rollback;
