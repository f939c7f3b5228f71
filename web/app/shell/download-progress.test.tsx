// @vitest-environment jsdom
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DownloadProgressBar } from './download-progress.tsx'

let host: HTMLElement
let root: Root

beforeEach(() => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true
  host = document.createElement('div')
  document.body.append(host)
  root = createRoot(host)
})
afterEach(() => {
  act(() => root.unmount())
  host.remove()
})

const bar = () => host.querySelector('progress')
const label = () => document.getElementById(bar()?.getAttribute('aria-labelledby') ?? '')

describe('the download bar', () => {
  it('is a progress bar with rows so far, out of the estimate, named by its words', () => {
    act(() =>
      root.render(<DownloadProgressBar progress={{ received: 250, estimatedTotal: 1000 }} />),
    )
    expect(bar()?.value).toBe(250)
    expect(bar()?.max).toBe(1000)
    expect(label()?.textContent).toMatch(/250 of about 1,000 rows/)
  })

  it('is indeterminate while the total is unknown', () => {
    act(() =>
      root.render(<DownloadProgressBar progress={{ received: 40, estimatedTotal: null }} />),
    )
    expect(bar()?.hasAttribute('value')).toBe(false)
    expect(label()?.textContent).toMatch(/40 rows so far/)
  })
})
