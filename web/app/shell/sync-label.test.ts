import { describe, expect, it } from 'vitest'
import { chipLabel, type ChipStatus } from './sync-label.ts'

const now = new Date('2026-11-27T10:02:00Z')
const idle: ChipStatus = { state: 'idle', pending: 0, lastSyncedAt: '2026-11-27T10:00:00Z' }

describe('chipLabel', () => {
  it('says when it last synced, announcing only the state', () => {
    expect(chipLabel(idle, true, now, 'en-GB')).toEqual({
      text: 'Synced 2 min ago',
      detail: '2 min ago',
      announcement: 'Synced',
      tone: 'ok',
    })
  })

  it('says just now for the first moments', () => {
    const fresh = { ...idle, lastSyncedAt: '2026-11-27T10:01:50Z' }
    expect(chipLabel(fresh, true, now).text).toBe('Synced just now')
  })

  it('counts pending changes, and keeps the count when offline', () => {
    expect(chipLabel({ ...idle, pending: 3 }, true, now).text).toBe('3 pending')
    expect(chipLabel({ ...idle, pending: 3 }, false, now).text).toBe('Offline · 3 pending')
    expect(chipLabel({ ...idle, state: 'offline' }, true, now).text).toBe('Offline')
  })

  it('names syncing, errors and a lost session', () => {
    expect(chipLabel({ ...idle, state: 'syncing' }, true, now).text).toBe('Syncing…')
    expect(chipLabel({ ...idle, state: 'error', pending: 2 }, true, now).text).toBe('Sync error')
    expect(chipLabel({ ...idle, state: 'signed_out' }, false, now).text).toBe('Sign in to sync')
  })

  it('admits it has never synced', () => {
    expect(chipLabel({ ...idle, lastSyncedAt: null }, true, now).text).toBe('Not synced yet')
  })
})
