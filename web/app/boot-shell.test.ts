// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest'
import { authStorageKey } from '../auth/auth-client.ts'
import { bootShellKey, removeBootShellOnFirstRender } from './boot-shell.ts'
import bootScript from '../public/boot-shell.js?raw'
import indexHtml from '../index.html?raw'
import { saveBootShell } from './boot-shell-save.ts'

const indexBody = /<body>([\s\S]*)<\/body>/.exec(indexHtml)?.[1]

const userId = 'u1'
const signIn = (id: string) =>
  localStorage.setItem(authStorageKey, JSON.stringify({ access_token: 'a', user: { id } }))

/** What the app shows: a header with the brand's SVG, a list of three rows, the navigation. */
function appShell(): Element {
  const shell = document.createElement('div')
  shell.className = 'shell'
  shell.innerHTML = `
    <header class="app-header">
      <svg viewBox="0 0 64 64"><defs><clipPath id="c"><rect width="64"></rect></clipPath></defs></svg>
      <div class="sync-chip-wrap" data-boot-omit=""><a href="/device">Synced 2 min ago</a></div>
    </header>
    <main class="screen">
      <div class="choice-grid" style="grid-template-columns: repeat(2, 1fr);"></div>
      <ul class="portfolio-list" data-live="true" aria-busy="false">
        <li><a href="/relationships/1" data-testid="portfolio-row" onclick="steal()">One</a></li>
        <li><a href="https://elsewhere.test/">Two</a></li>
        <li><a href="/relationships/3">Three</a></li>
      </ul>
      <script>steal()</script>
    </main>
    <nav><a href="/" aria-current="page">Portfolio</a></nav>`
  return shell
}

/** index.html's body, then its boot script run as the browser would. */
function startPage(path = '/') {
  window.history.replaceState(null, '', path)
  document.body.innerHTML = indexBody ?? ''
  new Function(bootScript)()
  return document.getElementById('boot') as HTMLElement
}

beforeEach(() => {
  localStorage.clear()
  window.history.replaceState(null, '', '/')
})

describe('the boot shell', () => {
  it('paints the shell saved at the last visit, its list cut and marked as not live', () => {
    signIn(userId)
    saveBootShell(userId, appShell(), '.portfolio-list', 2)
    const boot = startPage()
    const rows = boot.querySelectorAll('.portfolio-list li')
    expect([...rows].map((row) => row.textContent)).toEqual(['One', 'Two'])
    const list = boot.querySelector('.portfolio-list')
    expect(list?.getAttribute('data-live')).toBe('false')
    expect(list?.getAttribute('aria-busy')).toBe('true')
    expect(boot.querySelector('nav [aria-current]')).not.toBeNull()
  })

  it('rebuilds SVG in its namespace, with its case, and inline styles through the CSSOM', () => {
    signIn(userId)
    saveBootShell(userId, appShell(), '.portfolio-list', 3)
    const boot = startPage()
    const clip = boot.querySelector('defs')?.firstElementChild
    expect(clip?.namespaceURI).toBe('http://www.w3.org/2000/svg')
    expect(clip?.localName).toBe('clipPath')
    const grid = boot.querySelector<HTMLElement>('.choice-grid')
    expect(grid?.style.gridTemplateColumns).toBe('repeat(2, 1fr)')
  })

  it('keeps no script, no event handler, no link out of the app and no stale chip text', () => {
    signIn(userId)
    saveBootShell(userId, appShell(), '.portfolio-list', 3)
    const boot = startPage()
    expect(boot.querySelector('script')).toBeNull()
    expect(boot.querySelector('[onclick]')).toBeNull()
    expect(boot.querySelector('a[href^="https:"]')).toBeNull()
    expect(boot.querySelector('.sync-chip-wrap')?.childNodes).toHaveLength(0)
  })

  it('on another path shows the saved header and navigation around placeholder rows', () => {
    signIn(userId)
    saveBootShell(userId, appShell(), '.portfolio-list', 3)
    const boot = startPage('/search')
    expect(boot.querySelector('.app-header svg')).not.toBeNull()
    expect(boot.querySelector('.portfolio-list')).toBeNull()
    expect(boot.querySelectorAll('.boot-rows li').length).toBeGreaterThan(0)
    expect(boot.querySelector('[aria-current]')).toBeNull()
  })

  it("keeps the placeholder frame when the saved shell is another person's", () => {
    saveBootShell('someone-else', appShell(), '.portfolio-list', 3)
    signIn(userId)
    const boot = startPage()
    expect(boot.querySelector('.portfolio-list')).toBeNull()
    expect(boot.querySelector<HTMLElement>('.boot-app')?.hidden).toBe(false)
  })

  it('shows the starting screen when nobody is signed in', () => {
    const boot = startPage()
    expect(boot.querySelector<HTMLElement>('.boot-app')?.hidden).toBe(true)
    expect(boot.querySelector<HTMLElement>('.boot-startup')?.hidden).toBe(false)
  })

  it('goes as soon as the app renders something, not before', async () => {
    startPage()
    const root = document.getElementById('root') as HTMLElement
    removeBootShellOnFirstRender(root)
    root.append(document.createTextNode(''))
    await Promise.resolve()
    expect(document.getElementById('boot')).not.toBeNull()
    root.append(document.createElement('main'))
    await Promise.resolve()
    expect(document.getElementById('boot')).toBeNull()
  })

  it('is stored under the key the boot script reads', () => {
    expect(bootScript).toContain(`'${bootShellKey}'`)
    expect(bootScript).toContain(`'${authStorageKey}'`)
  })
})
