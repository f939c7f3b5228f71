import { createElement, Suspense } from 'react'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { preloadableScreen } from './preloadable-screen.ts'

const Hello = ({ name }: { name: string }) => createElement('p', null, `Hello ${name}`)
const inSuspense = (element: ReturnType<typeof createElement>) =>
  renderToString(
    createElement(Suspense, { fallback: createElement('p', null, 'Loading') }, element),
  )

describe('a preloadable screen', () => {
  it('suspends until its code is here, like lazy', () => {
    const Screen = preloadableScreen(
      async () => ({ Hello }),
      (module) => module.Hello,
    )
    expect(inSuspense(createElement(Screen, { name: 'DOR' }))).toContain('Loading')
  })

  it('renders at once, without suspending, once preloaded', async () => {
    const Screen = preloadableScreen(
      async () => ({ Hello }),
      (module) => module.Hello,
    )
    await Screen.preload()
    const html = inSuspense(createElement(Screen, { name: 'DOR' }))
    expect(html).toContain('<p>Hello DOR</p>')
    expect(html).not.toContain('Loading')
  })
})
