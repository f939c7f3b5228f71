import { describe, expect, it } from 'vitest'
import { tableParents } from './table-parents.ts'
import { tableNames } from './table-names.ts'

describe('tableParents', () => {
  it('lists every parent before its children in tableNames, as the server applies them', () => {
    for (const [child, parents] of Object.entries(tableParents)) {
      for (const parent of parents) {
        expect(tableNames.indexOf(parent), `${parent} before ${child}`).toBeLessThan(
          tableNames.indexOf(child as (typeof tableNames)[number]),
        )
      }
    }
  })
})
