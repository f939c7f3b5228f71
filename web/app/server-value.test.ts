// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from './api-error.ts'
import { clearServerValues, serverValue } from './server-value.ts'

const noWait = { retryDelayMs: () => 0 }
let keys = 0
const freshKey = () => `test:${(keys += 1)}`

afterEach(() => {
  vi.restoreAllMocks()
  clearServerValues()
})

describe('a server value', () => {
  it('starts from its cached copy and fetches once while fresh', async () => {
    const fetch = vi.fn(async () => 'new')
    const value = serverValue(freshKey(), { fetch, initial: 'cached', ...noWait })
    expect(value.get()).toEqual({ data: 'cached', fetching: false })
    await value.refresh()
    await value.refresh()
    expect(fetch).toHaveBeenCalledTimes(1)
    expect(value.get()).toEqual({ data: 'new', fetching: false })
  })

  it('retries a failed connection or a 5xx twice, then keeps what it had', async () => {
    const fetch = vi.fn(async (): Promise<string> => {
      throw new ApiError(503, 'down')
    })
    const value = serverValue(freshKey(), { fetch, initial: 'cached', ...noWait })
    await value.refresh()
    // One try and two retries.
    expect(fetch).toHaveBeenCalledTimes(3)
    expect(value.get()).toEqual({ data: 'cached', fetching: false })
  })

  it('does not retry a 4xx', async () => {
    const fetch = vi.fn(async (): Promise<string> => {
      throw new ApiError(401, 'signed out')
    })
    await serverValue(freshKey(), { fetch, ...noWait }).refresh()
    expect(fetch).toHaveBeenCalledTimes(1)
  })

  it('does not fetch offline', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    const fetch = vi.fn(async () => 'new')
    await serverValue(freshKey(), { fetch }).refresh()
    expect(fetch).not.toHaveBeenCalled()
  })

  it('is shared by key until cleared, and an answer arriving after the clear is dropped', async () => {
    const key = freshKey()
    let answer: (value: string) => void = () => undefined
    const fetch = () => new Promise<string>((resolve) => (answer = resolve))
    const first = serverValue(key, { fetch })
    expect(serverValue(key, { fetch })).toBe(first)
    const late = first.refresh()
    clearServerValues()
    answer('old person')
    await late
    expect(first.get().data).toBeUndefined()
    expect(serverValue(key, { fetch })).not.toBe(first)
  })
})
