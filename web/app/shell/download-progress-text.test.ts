import { describe, expect, it } from 'vitest'
import { downloadBar } from './download-progress-text.ts'

describe('downloadBar', () => {
  it('shows rows so far out of the server’s estimate', () => {
    expect(downloadBar({ received: 3400, estimatedTotal: 10_000 }, 'en')).toEqual({
      text: 'Downloading your data: 3,400 of about 10,000 rows',
      value: 3400,
      max: 10_000,
    })
  })

  it('never shows more rows than the total: rows written meanwhile raise it', () => {
    // 10 050 arrived of an estimate of 10 000: the bar is full at 10 050.
    expect(downloadBar({ received: 10_050, estimatedTotal: 10_000 }, 'en')).toMatchObject({
      value: 10_050,
      max: 10_050,
    })
  })

  it('counts rows alone, with no figures for the bar, when the total is not known', () => {
    expect(downloadBar({ received: 1, estimatedTotal: null }, 'en')).toEqual({
      text: 'Downloading your data: 1 row so far',
    })
    expect(downloadBar({ received: 0, estimatedTotal: 0 }, 'en').value).toBeUndefined()
  })
})
