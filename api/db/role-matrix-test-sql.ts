import {
  mayChangeColumn,
  mayDo,
  memberRoles,
  roleMatrix,
  writeOperations,
  type MemberRole,
  type WriteOperation,
} from '../contract/roles.ts'
import { tableNames, writableFields, type Fields, type TableName } from '../contract/tables.ts'

/** How the matrix reaches one table's rows in the pgTAP fixture (supabase/tests/fixtures). */
interface TableProbe {
  /** A valid new row of org 1. */
  insert: string
  /** Picks the fixture's org-1 row. */
  where: string
  /** An update that leaves the row as it is; a delete sets `deleted_at`. */
  touch?: string
}

const org1 = "pg_temp.fx('org1')"
const fx = (name: string) => `pg_temp.fx('${name}')`
const byId = (name: string) => `id = ${fx(name)}`

const probes: Record<TableName, TableProbe> = {
  orgs: { insert: "(name) values ('New')", where: byId('org1'), touch: 'name = name' },
  members: {
    insert: `(org_id, user_id, role) values (${org1}, ${fx('stranger')}, 'viewer')`,
    where: `org_id = ${org1} and user_id = ${fx('manager2')}`,
  },
  accounts: {
    insert: `(org_id, kind, name) values (${org1}, 'agency', 'New')`,
    where: byId('acct1'),
  },
  assignments: {
    insert: `(org_id, account_id, user_id, role)
      values (${org1}, ${fx('acct1')}, ${fx('manager2')}, 'secondary')`,
    where: byId('assign1'),
  },
  contacts: {
    insert: `(org_id, account_id, name) values (${org1}, ${fx('acct1')}, 'New')`,
    where: byId('contact1'),
  },
  forums: { insert: `(org_id, name) values (${org1}, 'New')`, where: byId('forum1') },
  forum_members: {
    insert: `(org_id, forum_id, contact_id) values (${org1}, ${fx('forum1')}, ${fx('contact1')})`,
    where: byId('forum_member1'),
  },
  checkins: {
    insert: `(org_id, account_id) values (${org1}, ${fx('acct1')})`,
    where: byId('checkin1'),
  },
  action_items: {
    insert: `(org_id, account_id, title) values (${org1}, ${fx('acct1')}, 'New')`,
    where: byId('item1'),
  },
  value_items: {
    insert: `(org_id, account_id, title) values (${org1}, ${fx('acct1')}, 'New')`,
    where: byId('value1'),
  },
  scorecards: {
    insert: `(org_id, vendor_account_id, period) values (${org1}, ${fx('vendor1')}, '2026-Q4')`,
    where: byId('score1'),
  },
  value_updates: {
    insert: `(org_id, value_item_id, author_id, stage)
      values (${org1}, ${fx('value1')}, (select auth.uid()), 'approved')`,
    where: byId('update1'),
  },
  decisions: {
    insert: `(org_id, account_id, title) values (${org1}, ${fx('acct1')}, 'New')`,
    where: byId('decision1'),
  },
  risks: {
    insert: `(org_id, account_id, title, likelihood, impact)
      values (${org1}, ${fx('acct1')}, 'New', 2, 3)`,
    where: byId('risk1'),
  },
}

/** A value other than acct1's for every column a device writes (a new column must get one). */
const accountChanges: Record<keyof Fields<'accounts'>, string> = {
  kind: "'partner'",
  name: "'Renamed'",
  short_name: "'RN'",
  tier: "'core'",
  cadence_days: '45',
  maturity_self: '3',
  maturity_partner: '2',
  strategic_goals: "'Cloud first'",
  status: "'archived'",
}

// The fixture's rows with an author were written by its manager.
const fixtureAuthor: MemberRole = 'manager'

const article = (role: MemberRole) => (role === 'admin' ? 'an' : 'a')
const quote = (sql: string) => `$sql$${sql}$sql$`

function statement(table: TableName, operation: WriteOperation): string {
  const probe = probes[table]
  if (operation === 'insert') return `insert into public.${table} ${probe.insert}`
  const set =
    operation === 'delete' ? 'deleted_at = now()' : (probe.touch ?? 'deleted_at = deleted_at')
  return `update public.${table} set ${set} where ${probe.where}`
}

function expected(role: MemberRole, table: TableName, operation: WriteOperation): boolean {
  const allowed = mayDo(role, table, operation)
  if (roleMatrix[table][operation] !== 'author' || operation === 'insert') return allowed
  return allowed && role === fixtureAuthor
}

const outcome = (allowed: boolean) => (allowed ? "'allowed'" : "'refused'")

function roleLines(role: MemberRole): string[] {
  const who = `${article(role)} ${role}`
  const lines = [`select pg_temp.act_as('${role}');`]
  for (const table of tableNames) {
    lines.push(
      `select is((select count(*)::int from public.${table} where ${probes[table].where}), 1,
  '${who} reads ${table}');`,
    )
  }
  lines.push(
    `select is((select count(*)::int from public.checkins where ${byId('private1')}), ${
      role === fixtureAuthor ? 1 : 0
    },
  '${who} ${role === fixtureAuthor ? 'reads its own' : 'does not read another’s'} private check-in');`,
  )
  for (const table of tableNames) {
    for (const operation of writeOperations) {
      const allowed = expected(role, table, operation)
      lines.push(
        `select is(pg_temp.outcome(${quote(statement(table, operation))}), ${outcome(allowed)},
  '${who} ${allowed ? 'may' : 'may not'} ${operation} ${table}');`,
      )
    }
  }
  for (const [column, value] of Object.entries(accountChanges)) {
    const allowed = mayChangeColumn(role, 'accounts', column)
    const sql = `update public.accounts set ${column} = ${value} where ${byId('acct1')}`
    lines.push(
      `select is(pg_temp.outcome(${quote(sql)}), ${outcome(allowed)},
  '${who} ${allowed ? 'may' : 'may not'} change accounts.${column}');`,
    )
  }
  return lines
}

const preamble = `-- GENERATED by scripts/write-role-matrix-test.ts from api/contract/roles.ts: do not edit,
-- regenerate. Every role of org 1 reads every table, and tries every operation on every table
-- and every column of a relationship a device writes; each must be allowed exactly when the
-- contract says so. Each try is rolled back, so one role's write never changes the next's.
begin;
select plan(%PLAN%);
\\ir fixtures/two-orgs.psql

-- 'allowed' when the statement changed a row (then undone), 'refused' when row-level security,
-- a grant or a rule's trigger refused it; any other error is shown as itself.
create function pg_temp.outcome(statement text) returns text
language plpgsql
as $$
declare
  changed bigint;
begin
  execute statement;
  get diagnostics changed = row_count;
  raise exception using errcode = 'ZZ001', message = changed::text;
exception
  when sqlstate 'ZZ001' then
    return case when sqlerrm = '0' then 'refused' else 'allowed' end;
  when insufficient_privilege or raise_exception then
    return 'refused';
  when others then
    return sqlstate || ': ' || sqlerrm;
end
$$;
`

/**
 * The pgTAP suite of the role matrix (supabase/tests/15-role-matrix.test.sql), written from
 * api/contract/roles.ts so that the contract and row-level security cannot drift apart.
 */
export function roleMatrixTestSql(): string {
  const body = memberRoles.flatMap((role) => ['', ...roleLines(role)])
  const plan = body.filter((line) => line.startsWith('select is(')).length
  const accountColumns = Object.keys(writableFields.accounts.shape).sort()
  if (accountColumns.join() !== Object.keys(accountChanges).sort().join()) {
    throw new Error('accountChanges must name every writable column of accounts')
  }
  return [
    preamble.replace('%PLAN%', String(plan)),
    ...body,
    '',
    'select * from finish();',
    'rollback;',
    '',
  ].join('\n')
}
