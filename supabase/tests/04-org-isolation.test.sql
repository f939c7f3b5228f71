-- A user sees the rows of the orgs they currently belong to, and nothing of any other org.
-- (The conflict log is read by no user at all: 14-private-traces.)
begin;
select plan(34);
\ir fixtures/two-orgs.psql
\ir fixtures/synced-tables.psql

-- Rows of `fixture_org` that the current role can see in `tbl` (row-level security applies).
create function pg_temp.visible(tbl text, fixture_org text) returns bigint
language plpgsql
as $$
declare
  found bigint;
begin
  execute format('select count(*) from public.%I where %I = $1',
    tbl, case tbl when 'orgs' then 'id' else 'org_id' end)
    into found using pg_temp.fx(fixture_org);
  return found;
end
$$;

create temp table org_tables (name text primary key);
insert into org_tables select unnest(pg_temp.synced_tables() || array['change_log']);
grant select on org_tables to authenticated, anon;

select pg_temp.act_as('manager');

select is(pg_temp.visible(name, 'org2'), 0::bigint,
  format('a manager sees no %s of another org', name))
from org_tables order by name;

select cmp_ok(pg_temp.visible(name, 'org1'), '>', 0::bigint,
  format('a manager sees the %s of their org', name))
from org_tables order by name;

select pg_temp.act_as('outsider');
select is((select sum(pg_temp.visible(name, 'org1')) from org_tables), 0::numeric,
  'the other org''s manager sees nothing of org 1');

select pg_temp.act_as('stranger');
select is(
  (select sum(pg_temp.visible(name, 'org1') + pg_temp.visible(name, 'org2')) from org_tables),
  0::numeric,
  'a user of no org sees nothing');

reset role;
update public.members set deleted_at = now()
where org_id = pg_temp.fx('org1') and user_id = pg_temp.fx('viewer');
select pg_temp.act_as('viewer');
select is((select sum(pg_temp.visible(name, 'org1')) from org_tables), 0::numeric,
  'a removed member sees nothing of the org any more');

reset role;
set local role anon;
select throws_ok('select count(*) from public.accounts', '42501', null,
  'anon cannot read any table');

select * from finish();
rollback;
