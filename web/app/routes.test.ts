import { describe, expect, it } from 'vitest'
import {
  checkinDetailHref,
  checkinHref,
  contactsHref,
  decisionHref,
  forumHref,
  forumMeetingHref,
  matchRoute,
  newRiskHref,
  riskHref,
  newScorecardHref,
  newValueItemHref,
  relationshipHref,
  scorecardHref,
  valueItemHref,
} from './routes.ts'

const id = '0190b0e4-6a5e-7c3a-8b1d-2f4e6a8c0d12'

describe('matchRoute', () => {
  it('maps the top-level paths to their screens', () => {
    expect(matchRoute('/')).toEqual({ name: 'portfolio' })
    expect(matchRoute('/device')).toEqual({ name: 'device' })
    expect(matchRoute('/check-in')).toEqual({ name: 'checkin' })
  })

  it('takes the id out of a relationship path, in lower case', () => {
    expect(matchRoute(relationshipHref(id))).toEqual({ name: 'relationship', id })
    expect(matchRoute(`/relationships/${id.toUpperCase()}/`)).toEqual({ name: 'relationship', id })
  })

  it('takes the id out of a contacts path and a check-in path', () => {
    expect(matchRoute(contactsHref(id))).toEqual({ name: 'contacts', id })
    expect(matchRoute(`/relationships/${id.toUpperCase()}/contacts/`)).toEqual({
      name: 'contacts',
      id,
    })
    expect(matchRoute(checkinDetailHref(id))).toEqual({ name: 'checkin-detail', id })
    expect(matchRoute(`/checkins/${id}/`)).toEqual({ name: 'checkin-detail', id })
  })

  it('maps the value register and scorecard paths', () => {
    expect(matchRoute('/value')).toEqual({ name: 'value' })
    expect(matchRoute('/value/')).toEqual({ name: 'value' })
    expect(matchRoute('/value/across-agencies')).toEqual({ name: 'across-agencies' })
    expect(matchRoute(newValueItemHref({ account: id }).split('?')[0] ?? '')).toEqual({
      name: 'value-new',
    })
    expect(matchRoute(valueItemHref(id))).toEqual({ name: 'value-item', id })
    expect(matchRoute(scorecardHref(id.toUpperCase()))).toEqual({ name: 'scorecard', id })
    expect(matchRoute('/scorecards/new')).toEqual({ name: 'scorecard-new' })
    expect(newScorecardHref({ vendor: id, period: '2026-Q4' })).toBe(
      `/scorecards/new?vendor=${id}&period=2026-Q4`,
    )
  })

  it('maps the governance, risk and team paths', () => {
    expect(matchRoute('/more')).toEqual({ name: 'more' })
    expect(matchRoute('/forums')).toEqual({ name: 'forums' })
    expect(matchRoute('/forums/new')).toEqual({ name: 'forum-new' })
    expect(matchRoute(forumHref(id))).toEqual({ name: 'forum', id })
    expect(matchRoute('/decisions')).toEqual({ name: 'decisions' })
    expect(matchRoute(decisionHref(id))).toEqual({ name: 'decision', id })
    expect(matchRoute('/risks')).toEqual({ name: 'risks' })
    expect(matchRoute(newRiskHref(id).split('?')[0] ?? '')).toEqual({ name: 'risk-new' })
    expect(matchRoute(riskHref(id))).toEqual({ name: 'risk', id })
    expect(matchRoute('/team')).toEqual({ name: 'team' })
    expect(matchRoute('/export')).toEqual({ name: 'export' })
    expect(forumMeetingHref(id)).toBe(`/check-in?forum=${id}`)
  })

  it('says not found for anything else', () => {
    expect(matchRoute('/value/nope')).toEqual({ name: 'not-found' })
    expect(matchRoute('/checkins/nope')).toEqual({ name: 'not-found' })
    expect(matchRoute(`/relationships/${id}/elsewhere`)).toEqual({ name: 'not-found' })
    expect(matchRoute('/relationships/nope')).toEqual({ name: 'not-found' })
    expect(matchRoute('/elsewhere')).toEqual({ name: 'not-found' })
  })
})

describe('checkinHref', () => {
  it('carries the relationship when there is one', () => {
    expect(checkinHref()).toBe('/check-in')
    expect(checkinHref(id)).toBe(`/check-in?account=${id}`)
  })
})
