import { describe, expect, it } from 'vitest'
import { idTime, newId } from './new-id.ts'

const v7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe('newId', () => {
  it('makes RFC 9562 version 7 UUIDs carrying the time', () => {
    const id = newId(1_900_000_000_123)
    expect(id).toMatch(v7)
    expect(idTime(id)).toBeGreaterThanOrEqual(1_900_000_000_123)
  })

  it('sorts in creation order, within one millisecond and across many', () => {
    const ids = Array.from({ length: 5_000 }, (_, i) => newId(1_950_000_000_000 + (i >> 9)))
    expect(ids.every((id) => v7.test(id))).toBe(true)
    expect([...ids].sort()).toEqual(ids)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('keeps order when the clock steps back', () => {
    const later = newId(1_990_000_000_000)
    const stepped = newId(1_980_000_000_000)
    expect(stepped > later).toBe(true)
  })
})
