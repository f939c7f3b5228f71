import { describe, expect, it } from 'vitest'
import {
  columnRule,
  isLeadRole,
  mayChangeColumn,
  mayDo,
  mayWrite,
  memberRoles,
  roleMatrix,
  writeOperations,
} from './roles.ts'
import { tableNames, writableFields } from './tables.ts'

const allowed = (check: (role: string) => boolean) => memberRoles.filter(check)

// PRODUCT.md, Roles: each row of its table, read as the contract's matrix.
describe('the role matrix', () => {
  it('lets every writer keep check-ins, commitments, contacts, value, scorecards, risks and decisions', () => {
    for (const table of [
      'checkins',
      'action_items',
      'contacts',
      'value_items',
      'value_updates',
      'scorecards',
      'risks',
      'decisions',
    ] as const) {
      expect(
        allowed((role) => mayDo(role, table, 'insert')),
        table,
      ).toEqual(['admin', 'lead', 'manager'])
    }
  })

  it('keeps forums, their members and their cadence with leads and admins', () => {
    for (const table of ['forums', 'forum_members'] as const) {
      for (const operation of writeOperations) {
        expect(allowed((role) => mayDo(role, table, operation))).toEqual(['admin', 'lead'])
      }
    }
  })

  it('keeps relationships (create, archive, tier, cadence), assignments and members with admins', () => {
    expect(allowed((role) => mayDo(role, 'accounts', 'insert'))).toEqual(['admin'])
    expect(allowed((role) => mayDo(role, 'accounts', 'delete'))).toEqual(['admin'])
    for (const column of ['tier', 'cadence_days', 'status', 'name', 'short_name', 'kind']) {
      expect(
        allowed((role) => mayChangeColumn(role, 'accounts', column)),
        column,
      ).toEqual(['admin'])
    }
    for (const table of ['assignments', 'members'] as const) {
      for (const operation of writeOperations) {
        expect(allowed((role) => mayDo(role, table, operation))).toEqual(['admin'])
      }
    }
  })

  it("lets every writer keep a relationship's maturity and goals", () => {
    for (const column of ['maturity_self', 'maturity_partner', 'strategic_goals']) {
      expect(
        allowed((role) => mayChangeColumn(role, 'accounts', column)),
        column,
      ).toEqual(['admin', 'lead', 'manager'])
    }
  })

  it('lets a viewer write nothing at all', () => {
    for (const operation of writeOperations) {
      expect(tableNames.filter((table) => mayDo('viewer', table, operation))).toEqual([])
    }
  })

  it('lets nobody create or delete an organisation, nor change a line of history', () => {
    expect(allowed((role) => mayDo(role, 'orgs', 'insert'))).toEqual([])
    expect(allowed((role) => mayDo(role, 'orgs', 'delete'))).toEqual([])
    expect(allowed((role) => mayDo(role, 'value_updates', 'update'))).toEqual([])
  })

  it.each([null, undefined, '', 'owner', 'Admin', 'admin '])(
    'lets an unknown role (%j) write nothing',
    (role) => {
      expect(tableNames.filter((table) => mayWrite(role, table))).toEqual([])
      expect(mayChangeColumn(role, 'accounts', 'strategic_goals')).toBe(false)
    },
  )

  it('names every table, and only real columns in its column rules', () => {
    expect(Object.keys(roleMatrix).sort()).toEqual([...tableNames].sort())
    const columns = Object.keys(writableFields.accounts.shape)
    for (const column of ['tier', 'cadence_days', 'status', 'name', 'short_name', 'kind']) {
      expect(columns).toContain(column)
      expect(columnRule('accounts', column)?.action).toMatch(/relationship/)
    }
  })
})

describe('isLeadRole', () => {
  it('is true exactly for the roles that keep the forums', () => {
    for (const role of memberRoles) expect(isLeadRole(role)).toBe(mayWrite(role, 'forums'))
    expect(isLeadRole(null)).toBe(false)
  })
})
