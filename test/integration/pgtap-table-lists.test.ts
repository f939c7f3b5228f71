import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { tableNames } from '../../api/contract/table-names.ts'

// pgTAP cannot import the contract, so it holds one copy of the synced-table list, in a fixture
// every file includes. These read the SQL as text: the copy is the contract's list, and no test
// file starts a list of its own again.
const testsDir = new URL('../../supabase/tests/', import.meta.url)
const read = (path: string) => readFileSync(new URL(path, testsDir), 'utf8')
const quoted = (text: string) => [...text.matchAll(/'([a-z_]+)'/g)].map((match) => match[1] ?? '')

describe('the synced tables in the pgTAP tests', () => {
  it('are listed once, in fixtures/synced-tables.psql, as the contract lists them', () => {
    const fixture = read('fixtures/synced-tables.psql')
    const body = /synced_tables\(\)[^$]*\$\$([^$]*)\$\$/.exec(fixture)?.[1] ?? ''
    expect(quoted(body)).toEqual([...tableNames])
  })

  it('are not listed again in a test file (the generated role matrix apart)', () => {
    const synced = new Set<string>(tableNames)
    const files = readdirSync(testsDir).filter(
      (name) => name.endsWith('.sql') && name !== '15-role-matrix.test.sql',
    )
    expect(files.length).toBeGreaterThan(20)
    const copies = files.flatMap((name) =>
      // Statement by statement: a copy names nearly every synced table in one (a table of
      // per-table probes, such as 05's writes, names a few).
      read(name)
        .split(/;\s*\n/)
        .filter(
          (statement) =>
            new Set(quoted(statement).filter((t) => synced.has(t))).size >= tableNames.length - 3,
        )
        .map((statement) => `${name}: ${statement.trim().split('\n')[0]}`),
    )
    expect(copies).toEqual([])
  })
})
