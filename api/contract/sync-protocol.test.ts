import { describe, expect, it } from 'vitest'
import { nestingDepth, textNestingDepth } from './json-nesting.ts'
import {
  maxFieldNameLength,
  maxFieldsDepth,
  maxFieldsPerMutation,
  maxPushBodyDepth,
  pullQuery,
  pushRequest,
} from './sync-protocol.ts'

const clientId = '0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b'
const id = '0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2c'

function nested(levels: number): Record<string, unknown> {
  const root: Record<string, unknown> = {}
  let node = root
  for (let level = 1; level < levels; level += 1) {
    const child = {}
    node.a = child
    node = child
  }
  return root
}

const withFields = (fields: Record<string, unknown>) => ({
  clientId,
  schemaVersion: 1,
  mutations: [{ seq: 1, table: 'contacts', op: 'upsert', id, fields }],
})

const messages = (body: unknown) => {
  const parsed = pushRequest.safeParse(body)
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
}

describe('nestingDepth', () => {
  it('counts levels of objects and arrays, scalars being 0', () => {
    expect(nestingDepth('text', 32)).toBe(0)
    expect(nestingDepth({}, 32)).toBe(1)
    expect(nestingDepth({ ids: ['a'] }, 32)).toBe(2)
    expect(nestingDepth(nested(33), 32)).toBe(33)
  })

  it('stops counting one past the limit, and survives 10,000 levels', () => {
    expect(nestingDepth(nested(10_000), 32)).toBe(33)
  })
})

describe('push envelope', () => {
  it('takes fields exactly at the depth limit and refuses one level more, naming the limit', () => {
    expect(messages(withFields(nested(maxFieldsDepth)))).toEqual([])
    expect(messages(withFields(nested(maxFieldsDepth + 1)))).toEqual([
      'mutations.0.fields: nests deeper than 32 levels',
    ])
  })

  it('refuses fields 10,000 levels deep with the same message', () => {
    expect(messages(withFields({ name: nested(10_000) }))).toEqual([
      'mutations.0.fields: nests deeper than 32 levels',
    ])
  })

  it('refuses more fields than the limit, and over-long field names', () => {
    const wide = Object.fromEntries(
      Array.from({ length: maxFieldsPerMutation + 1 }, (_, i) => [`f${i}`, i]),
    )
    expect(messages(withFields(wide))).toEqual([
      'mutations.0.fields: names 65 fields, at most 64 are allowed',
    ])
    const longName = { ['n'.repeat(maxFieldNameLength + 1)]: 1 }
    expect(messages(withFields(longName))).toEqual([
      'mutations.0.fields: a field name is longer than 63 characters',
    ])
    expect(messages(withFields({ ['n'.repeat(maxFieldNameLength)]: 1 }))).toEqual([])
  })

  it('refuses unknown keys on the envelope and on each mutation instead of dropping them', () => {
    const body = withFields({ name: 'Ann' })
    const misspelt = { ...body, mutations: [{ ...body.mutations[0], baseversion: 3 }] }
    expect(messages(misspelt)).toEqual(['mutations.0: Unrecognized key: "baseversion"'])
    expect(messages({ ...body, schemaversion: 1 })).toEqual([': Unrecognized key: "schemaversion"'])
  })

  it('takes ids PostgreSQL holds that are not RFC 9562 uuids, read lowercase', () => {
    for (const odd of [
      '00000000-0000-0000-0000-000000000000',
      'a0eebc99-9c0b-0ef8-bb6d-6bb9bd380a11',
      'ffffffff-ffff-ffff-ffff-ffffffffffff',
    ]) {
      const parsed = pushRequest.parse({ ...withFields({}), clientId: odd.toUpperCase() })
      expect(parsed.clientId).toBe(odd)
    }
    expect(messages({ ...withFields({}), clientId: 'a0eebc999c0b0ef8bb6d6bb9bd380a11' })).toEqual([
      'clientId: must be a uuid',
    ])
  })
})

describe('pull query', () => {
  it('reads limit as decimal digits only, defaulting to 500', () => {
    expect(pullQuery.parse({}).limit).toBe(500)
    expect(pullQuery.parse({ limit: '1000' }).limit).toBe(1000)
    for (const limit of ['0x10', '1e3', ' 5', '-1', '0', '1001', '']) {
      const parsed = pullQuery.safeParse({ limit })
      expect(parsed.error?.issues[0]?.message, limit).toBe('must be a whole number from 1 to 1000')
    }
  })
})

describe('textNestingDepth', () => {
  it('counts brackets outside strings only, escapes included', () => {
    expect(textNestingDepth('{"a":[1,"[[{"]}', 32)).toBe(2)
    expect(textNestingDepth('{"a":"\\"[[[","b":{}}', 32)).toBe(2)
    expect(textNestingDepth('"text"', 32)).toBe(0)
  })

  it('stops one past the limit and reads a mebibyte of brackets in well under a second', () => {
    const text = '['.repeat(512 * 1024) + ']'.repeat(512 * 1024)
    const started = performance.now()
    expect(textNestingDepth(text, maxPushBodyDepth)).toBe(maxPushBodyDepth + 1)
    const flat = `[${'1,'.repeat(500_000)}1]`
    expect(textNestingDepth(flat, maxPushBodyDepth)).toBe(1)
    expect(performance.now() - started).toBeLessThan(500)
  })
})
