// @vitest-environment jsdom
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { localDay } from '../commitments/commitment-filter.ts'
import { NextVisitCalendarButton } from './next-visit-calendar-button.tsx'
import { readCalendarEvent } from './testing/read-calendar-event.ts'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}

const account = {
  id: '0190a000-0000-7000-8000-0000000000a1',
  name: 'Department of Revenue',
  short_name: 'DOR',
}
let root: Root
let host: HTMLDivElement
let saved: { blob: Blob; fileName: string }[]

beforeEach(() => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true
  saved = []
  let blob: Blob | null = null
  URL.createObjectURL = vi.fn((value: Blob) => {
    blob = value
    return 'blob:calendar'
  })
  URL.revokeObjectURL = vi.fn()
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    if (blob) saved.push({ blob, fileName: this.download })
  })
  host = document.createElement('div')
  document.body.append(host)
  root = createRoot(host)
})

afterEach(() => {
  act(() => root.unmount())
  host.remove()
  vi.restoreAllMocks()
})

function render(lastCheckinAt: string | null) {
  act(() =>
    root.render(
      <NextVisitCalendarButton account={account} cadenceDays={30} lastCheckinAt={lastCheckinAt} />,
    ),
  )
}

describe('NextVisitCalendarButton', () => {
  it('hints the day the tier cadence gives, and downloads that day as an all-day event', async () => {
    // Checked in 10 days ago; the core tier's 30 days leave 20 more.
    const now = new Date()
    const tenDaysAgo = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 10, 12)
    render(tenDaysAgo.toISOString())
    const hint = host.querySelector('.field-hint')?.textContent ?? ''
    expect(hint).toMatch(/^Due .+ by the 30-day cadence$/)
    expect(hint).not.toContain('today')

    await act(async () => {
      host.querySelector('button')?.click()
      await vi.waitFor(() => expect(saved).toHaveLength(1))
    })
    const [file] = saved
    if (!file) throw new Error('nothing was downloaded')
    expect(file.fileName).toBe('visit-dor.ics')
    expect(file.blob.type).toBe('text/calendar;charset=utf-8')
    const event = readCalendarEvent(await file.blob.text())
    expect(event.uid).toBe(`next-visit-${account.id}@liaison`)
    expect(event.allDay).toBe(true)
    expect(event.start).toBe(localDay(now, 20))
    expect(event.summary).toBe('Visit Department of Revenue')
  })

  it('is due today when never checked in, and says so', () => {
    render(null)
    expect(host.querySelector('.field-hint')?.textContent).toBe(
      'Due today by the 30-day cadence (no check-in yet)',
    )
    expect(host.querySelector('button')?.getAttribute('aria-describedby')).toBe(
      host.querySelector('.field-hint')?.id,
    )
  })
})
