import { createElement, lazy, useState, type ComponentType, type FunctionComponent } from 'react'

export type PreloadableScreen<P extends object> = FunctionComponent<P> & {
  preload: () => Promise<void>
}

/**
 * A screen in its own chunk that can be fetched ahead. Once preloaded it renders at once: a
 * `lazy` component suspends on its first render even when its code is already here, and React
 * then holds the new screen back for up to 300 ms (its Suspense throttle) — a third of a second
 * on every first visit to a screen.
 *
 * @example
 * export const SearchScreen = preloadableScreen(() => import('../../features/search/search-screen.tsx'), (m) => m.SearchScreen)
 */
export function preloadableScreen<M, P extends object>(
  loader: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
): PreloadableScreen<P> {
  let loaded: ComponentType<P> | null = null
  const load = () => loader().then((module) => (loaded = pick(module)))
  const Lazy = lazy(() => load().then((component) => ({ default: component })))
  // Chosen once per mount: switching from the lazy wrapper to the loaded component would
  // remount the screen and lose what is typed in it.
  const Screen = (props: P) => {
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy)
    return createElement(Component, props)
  }
  return Object.assign(Screen, { preload: () => load().then(() => undefined) })
}
