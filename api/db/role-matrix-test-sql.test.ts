import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { roleMatrixTestSql } from './role-matrix-test-sql.ts'

describe('the pgTAP role matrix', () => {
  it('matches supabase/tests/15-role-matrix.test.sql (run scripts/write-role-matrix-test.ts after changing api/contract/roles.ts)', () => {
    const file = readFileSync(
      new URL('../../supabase/tests/15-role-matrix.test.sql', import.meta.url),
      'utf8',
    )
    expect(file).toBe(roleMatrixTestSql())
  })

  it('plans exactly the assertions it makes', () => {
    const sql = roleMatrixTestSql()
    const planned = Number(/select plan\((\d+)\)/.exec(sql)?.[1])
    expect(planned).toBe(sql.match(/^select is\(/gm)?.length)
  })
})
