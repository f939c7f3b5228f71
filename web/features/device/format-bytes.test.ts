import { describe, expect, it } from 'vitest'
import { formatBytes } from './format-bytes.ts'

describe('formatBytes', () => {
  it('keeps small counts in bytes', () => {
    expect(formatBytes(0)).toBe('0 bytes')
    expect(formatBytes(999)).toBe('999 bytes')
  })

  it('uses one decimal below 100 of a unit and none above', () => {
    expect(formatBytes(1_534_000)).toBe('1.5 MB')
    expect(formatBytes(312_000_000)).toBe('312 MB')
    expect(formatBytes(2_000_000_000)).toBe('2 GB')
  })

  it('says unknown for nonsense', () => {
    expect(formatBytes(Number.NaN)).toBe('unknown')
    expect(formatBytes(-1)).toBe('unknown')
  })
})
