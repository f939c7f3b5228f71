import { describe, expect, it } from 'vitest'
import { createOneTimePassword } from './one-time-password.ts'

describe('createOneTimePassword', () => {
  it('gives four groups of five unambiguous characters', () => {
    expect(createOneTimePassword()).toMatch(/^[a-km-np-z2-9]{5}(-[a-km-np-z2-9]{5}){3}$/)
  })

  it('never repeats itself', () => {
    const made = new Set(Array.from({ length: 200 }, createOneTimePassword))
    expect(made.size).toBe(200)
  })
})
