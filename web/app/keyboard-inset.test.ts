import { describe, expect, it } from 'vitest'
import { keyboardInset } from './keyboard-inset.ts'

describe('keyboardInset', () => {
  it('is the height the visual viewport lost from below', () => {
    expect(keyboardInset({ height: 812, offsetTop: 0 }, 812)).toBe(0)
    expect(keyboardInset({ height: 476.4, offsetTop: 0 }, 812)).toBe(336)
  })

  it('counts a visual viewport scrolled down within the page as not covering', () => {
    expect(keyboardInset({ height: 476, offsetTop: 336 }, 812)).toBe(0)
    expect(keyboardInset({ height: 476, offsetTop: 100 }, 812)).toBe(236)
  })

  it('is never negative (a zoomed-in page is taller than its visual viewport)', () => {
    expect(keyboardInset({ height: 900, offsetTop: 0 }, 812)).toBe(0)
  })
})
