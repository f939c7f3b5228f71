import { describe, expect, it } from 'vitest'
import { isLeadRole, mayWrite, memberRoles, tableWriters, type Writers } from './roles.ts'
import { tableNames, type TableName } from './table-names.ts'

// One table of each kind of writers, and what each role may do with it (PRODUCT.md, Roles).
const representative: Record<Writers, TableName> = {
  writers: 'risks',
  leads: 'forums',
  admins: 'assignments',
  author: 'checkins',
}
const expected: Record<Writers, Record<(typeof memberRoles)[number], boolean>> = {
  writers: { admin: true, lead: true, manager: true, viewer: false },
  leads: { admin: true, lead: true, manager: false, viewer: false },
  admins: { admin: true, lead: false, manager: false, viewer: false },
  author: { admin: true, lead: true, manager: true, viewer: false },
}

describe('mayWrite', () => {
  it.each(Object.entries(representative) as [Writers, TableName][])(
    'lets exactly the right roles write a table kept by %s (%s)',
    (writers, table) => {
      expect(tableWriters[table]).toBe(writers)
      const allowed = Object.fromEntries(memberRoles.map((role) => [role, mayWrite(role, table)]))
      expect(allowed).toEqual(expected[writers])
    },
  )

  it('keeps forums and their members with leads and admins, as PRODUCT.md says', () => {
    expect(mayWrite('manager', 'forums')).toBe(false)
    expect(mayWrite('manager', 'forum_members')).toBe(false)
    expect(mayWrite('lead', 'forum_members')).toBe(true)
  })

  it('lets every writer record decisions and risks, and no viewer', () => {
    for (const table of ['decisions', 'risks'] as const) {
      expect(
        memberRoles.filter((role) => mayWrite(role, table)),
        table,
      ).toEqual(['admin', 'lead', 'manager'])
    }
  })

  it('lets a viewer write nothing at all', () => {
    expect(tableNames.filter((table) => mayWrite('viewer', table))).toEqual([])
  })

  it('lets an admin write every table', () => {
    expect(tableNames.filter((table) => !mayWrite('admin', table))).toEqual([])
  })

  it.each([null, undefined, '', 'owner', 'Admin', 'admin '])(
    'lets an unknown role (%j) write nothing',
    (role) => {
      expect(tableNames.filter((table) => mayWrite(role, table))).toEqual([])
    },
  )

  it('names the writers of every table', () => {
    expect(Object.keys(tableWriters).sort()).toEqual([...tableNames].sort())
  })
})

describe('isLeadRole', () => {
  it('is true of the roles that keep the forums, and of no other', () => {
    for (const role of memberRoles) expect(isLeadRole(role)).toBe(mayWrite(role, 'forums'))
    expect(isLeadRole(null)).toBe(false)
  })
})
