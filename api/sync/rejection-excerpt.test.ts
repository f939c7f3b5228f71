import { describe, expect, it } from 'vitest'
import { rejectedFieldsKept, rejectedTextKept } from '../contract/sync-retention.ts'
import { rejectionExcerpt } from './rejection-excerpt.ts'

const id = '5b0a5b8e-2f6e-4c4e-9d1a-0c7f1f6c9a11'

describe('rejectionExcerpt', () => {
  it('keeps the first field names with a short look at each value', () => {
    const fields: Record<string, unknown> = {
      notes: 'é'.repeat(5000),
      trust_pulse: 4,
      strategic_invite: true,
      attendee_contact_ids: [id, id],
      extra: { deep: { deeper: 1 } },
      [`long_${'n'.repeat(500)}`]: null,
    }
    const excerpt = rejectionExcerpt({
      seq: 3,
      table: 'checkins',
      op: 'upsert',
      id,
      fields,
      baseVersion: 2,
    })
    expect(excerpt).toEqual({
      op: 'upsert',
      baseVersion: 2,
      fields: {
        notes: 'é'.repeat(rejectedTextKept),
        trust_pulse: 4,
        strategic_invite: true,
        attendee_contact_ids: '[list of 2]',
        extra: '[object]',
        [`long_${'n'.repeat(rejectedTextKept - 5)}`]: null,
      },
    })
  })

  it('counts the field names it leaves out', () => {
    const fields = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`f${i}`, i]))
    const excerpt = rejectionExcerpt({ seq: 1, table: 'contacts', op: 'upsert', id, fields })
    expect(Object.keys(excerpt.fields ?? {})).toHaveLength(rejectedFieldsKept)
    expect(excerpt.fieldsLeftOut).toBe(1000 - rejectedFieldsKept)
  })

  it('never walks into nested values, however deep', () => {
    let nested: unknown = 'bottom'
    for (let depth = 0; depth < 200_000; depth += 1) nested = { nested }
    const excerpt = rejectionExcerpt({
      seq: 1,
      table: 'contacts',
      op: 'upsert',
      id,
      fields: { nested },
    })
    expect(excerpt.fields).toEqual({ nested: '[object]' })
  })

  it('keeps a field named __proto__ as a name, and text Postgres can store', () => {
    const fields = JSON.parse('{"__proto__": "x\\u0000y", "broken": "\\ud83d"}') as Record<
      string,
      unknown
    >
    const excerpt = rejectionExcerpt({ seq: 1, table: 'contacts', op: 'delete', id, fields })
    expect(Object.entries(excerpt.fields ?? {})).toEqual([
      ['__proto__', 'x\ufffdy'],
      ['broken', '\ufffd'],
    ])
  })
})
