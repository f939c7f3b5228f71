import { useEffect, useState } from 'react'

/**
 * How much of the layout viewport's bottom the visual viewport leaves uncovered from below —
 * the on-screen keyboard, mostly — in whole pixels; 0 when nothing covers it.
 *
 * @example
 * keyboardInset({ height: 500, offsetTop: 0 }, 812) // 312
 */
export function keyboardInset(
  view: { height: number; offsetTop: number },
  layoutHeight: number,
): number {
  return Math.max(0, Math.round(layoutHeight - view.height - view.offsetTop))
}

/**
 * The keyboard's height over the page, live, from the VisualViewport API (0 where the browser
 * has none): what a bar fixed to the bottom must rise by to stay above the keyboard.
 */
export function useKeyboardInset(): number {
  const [inset, setInset] = useState(0)
  useEffect(() => {
    const view = window.visualViewport
    if (!view) return
    const update = () => setInset(keyboardInset(view, window.innerHeight))
    update()
    view.addEventListener('resize', update)
    view.addEventListener('scroll', update)
    return () => {
      view.removeEventListener('resize', update)
      view.removeEventListener('scroll', update)
    }
  }, [])
  return inset
}
