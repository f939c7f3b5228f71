// @vitest-environment jsdom
import { act, useEffect } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { firstScreenful, useFirstRowsFirst } from './use-first-rows-first.ts'

// React's act() warns unless the environment says it is a test.
Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true })

const rows = Array.from({ length: 60 }, (_, i) => i)
let root: Root
let lengths: number[]

function List({ source }: { source: string }) {
  const rendered = useFirstRowsFirst(rows, source)
  useEffect(() => {
    lengths.push(rendered.length)
  })
  return null
}

beforeEach(() => {
  lengths = []
  root = createRoot(document.createElement('div'))
})
afterEach(() => act(() => root.unmount()))

it('renders the first screenful, then every row; and again when the source changes', async () => {
  await act(async () => root.render(<List source="saved copy" />))
  expect(lengths).toEqual([firstScreenful, rows.length])
  lengths = []
  await act(async () => root.render(<List source="device database" />))
  expect(lengths).toEqual([firstScreenful, rows.length])
  lengths = []
  await act(async () => root.render(<List source="device database" />))
  expect(lengths).toEqual([rows.length])
})
