import { describe, expect, it } from 'vitest'
import { createVerifiedTokens } from './verified-tokens.ts'

const sub = '7d1f0c5e-3b1a-4f7e-9c2d-1a2b3c4d5e6f'
// exp 1,000 s after the epoch; the clock starts at 900 s.
const claims = { sub, role: 'authenticated', exp: 1_000 }

function clocked(start = 900_000) {
  let at = start
  const verdicts = createVerifiedTokens({ now: () => at, maxAgeMs: 60_000, maxEntries: 2 })
  return { verdicts, advance: (ms: number) => (at += ms) }
}

describe('verified tokens', () => {
  it('answers a token verified before with its claims, and an unknown one with nothing', () => {
    const { verdicts } = clocked()
    verdicts.set('token-a', { ...claims })
    expect(verdicts.get('token-a')).toEqual(claims)
    expect(verdicts.get('token-b')).toBeUndefined()
  })

  it('forgets a verdict 60 s after it was reached, so the signature is checked again', () => {
    const { verdicts, advance } = clocked()
    verdicts.set('token-a', { ...claims })
    advance(59_999) // 959.999 s: 1 ms before the verdict's 60 s are up
    expect(verdicts.get('token-a')).toEqual(claims)
    advance(1) // 960 s
    expect(verdicts.get('token-a')).toBeUndefined()
  })

  it('never answers for a token at or past its exp, however recent the verdict', () => {
    const { verdicts, advance } = clocked(990_000)
    verdicts.set('token-a', { ...claims })
    advance(9_999) // 999.999 s: still before exp = 1,000 s
    expect(verdicts.get('token-a')).toEqual(claims)
    advance(1) // exactly exp
    expect(verdicts.get('token-a')).toBeUndefined()
  })

  it('does not remember a token not valid yet (nbf in the future)', () => {
    const { verdicts } = clocked()
    verdicts.set('token-a', { ...claims, nbf: 901 })
    expect(verdicts.get('token-a')).toBeUndefined()
  })

  it('remembers at most maxEntries tokens, forgetting the least recently used', () => {
    const { verdicts } = clocked()
    verdicts.set('token-a', { ...claims })
    verdicts.set('token-b', { ...claims })
    verdicts.get('token-a') // a is now the most recently used
    verdicts.set('token-c', { ...claims })
    expect(verdicts.size()).toBe(2)
    expect(verdicts.get('token-b')).toBeUndefined()
    expect(verdicts.get('token-a')).toEqual(claims)
    expect(verdicts.get('token-c')).toEqual(claims)
  })
})
