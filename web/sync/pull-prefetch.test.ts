import { describe, expect, it } from 'vitest'
import type { PullResponse } from '../../api/contract/sync-protocol.ts'
import { prefetchPages } from './pull-prefetch.ts'

const page = (cursor: number, hasMore = true): PullResponse => ({
  changes: [],
  cursor: String(cursor),
  hasMore,
  lastSeq: 0,
  resetRequired: false,
})

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('prefetchPages', () => {
  it('fetches ahead from each page’s cursor, at most `ahead` pages waiting', async () => {
    const asked: Array<string | undefined> = []
    const feed = prefetchPages(
      async (cursor) => {
        asked.push(cursor)
        const next = Number(cursor ?? 0) + 1
        return page(next, next < 5)
      },
      undefined,
      2,
    )
    await settle()
    expect(asked).toEqual([undefined, '1']) // two waiting: it stops asking
    expect((await feed.take()).map((p) => p.cursor)).toEqual(['1', '2'])
    await settle()
    expect((await feed.take()).map((p) => p.cursor)).toEqual(['3', '4'])
    expect((await feed.take()).map((p) => p.cursor)).toEqual(['5'])
    expect(await feed.take()).toEqual([])
    expect(asked).toEqual([undefined, '1', '2', '3', '4'])
  })

  it('hands over the pages that arrived before a failure, then throws it', async () => {
    const feed = prefetchPages(
      async (cursor) => {
        if (cursor === '2') throw new Error('offline')
        return page(Number(cursor ?? 0) + 1)
      },
      undefined,
      4,
    )
    await settle()
    expect((await feed.take()).map((p) => p.cursor)).toEqual(['1', '2'])
    await expect(feed.take()).rejects.toThrow('offline')
  })

  it('stops after a page that asks for a reset', async () => {
    let asked = 0
    const feed = prefetchPages(
      async () => {
        asked += 1
        return { ...page(0), resetRequired: true }
      },
      '7',
      4,
    )
    expect(await feed.take()).toHaveLength(1)
    expect(await feed.take()).toEqual([])
    expect(asked).toBe(1)
  })
})
