import { describe, expect, it } from 'vitest'
import type { Reregistration } from '../../local/local-db.ts'
import { reregistrationText } from './reregistration-text.ts'

const record: Reregistration = {
  at: '2026-12-02T09:30:00.000Z',
  previousClientId: '0190a000-0000-7000-8000-0000000000d1',
  clientId: '0190a000-0000-7000-8000-0000000000d2',
  resent: 3,
  cause: 'seq_gap',
  accepted: true,
  failedAgain: null,
}
const when = (iso: string) => `[${iso}]`
const opening =
  "The server didn't recognise this device's sync history (restored from a backup?). " +
  'On [2026-12-02T09:30:00.000Z], it registered this device anew and '

describe('reregistrationText', () => {
  it('says when, and how many changes were sent again', () => {
    expect(reregistrationText(record, when)).toBe(`${opening}sent your 3 changes again.`)
    expect(reregistrationText({ ...record, resent: 1 }, when)).toBe(
      `${opening}sent your 1 change again.`,
    )
  })

  it('says it is still sending until the server accepts', () => {
    expect(reregistrationText({ ...record, accepted: false }, when)).toBe(
      `${opening}is sending your 3 changes again.`,
    )
  })

  it('says it stopped, and that nothing was lost, when refused the same way', () => {
    const failed = { ...record, accepted: false, failedAgain: 'seq gap' }
    expect(reregistrationText(failed, when)).toBe(
      `${opening}sent your 3 changes again, but the server refused this device the same way. ` +
        'Nothing was lost: your changes are kept on this device; please report it.',
    )
  })
})
