import { describe, expect, it } from 'vitest'
import { decideRefresh, type PresentedRefreshToken } from './refresh-rotation.ts'

const now = new Date('2026-03-02T10:00:00Z')
const secondsAgo = (seconds: number) => new Date(now.getTime() - seconds * 1000)
const live: PresentedRefreshToken = {
  revoked: false,
  sessionOpen: true,
  userBanned: false,
  rotatedAt: null,
}

describe('deciding what a presented refresh token does', () => {
  it('rotates a live token', () => {
    expect(decideRefresh(live, now, 10)).toBe('rotate')
  })

  it('reissues a token rotated within the reuse interval (lost response, two tabs)', () => {
    expect(decideRefresh({ ...live, revoked: true, rotatedAt: secondsAgo(10) }, now, 10)).toBe(
      'reissue',
    )
  })

  it('treats a rotated token presented after the interval as reuse', () => {
    expect(decideRefresh({ ...live, revoked: true, rotatedAt: secondsAgo(11) }, now, 10)).toBe(
      'reuse',
    )
    expect(decideRefresh({ ...live, revoked: true, rotatedAt: now }, now, 0)).toBe('reissue')
    expect(decideRefresh({ ...live, revoked: true, rotatedAt: secondsAgo(1) }, now, 0)).toBe(
      'reuse',
    )
  })

  it('treats a revoked token that never had a successor as reuse', () => {
    expect(decideRefresh({ ...live, revoked: true }, now, 10)).toBe('reuse')
  })

  it('refuses every token of a closed session, even within the interval', () => {
    const closed = { ...live, sessionOpen: false }
    expect(decideRefresh(closed, now, 10)).toBe('closed')
    expect(decideRefresh({ ...closed, revoked: true, rotatedAt: now }, now, 10)).toBe('closed')
  })

  it('refuses a banned user', () => {
    expect(decideRefresh({ ...live, userBanned: true }, now, 10)).toBe('banned')
  })
})
