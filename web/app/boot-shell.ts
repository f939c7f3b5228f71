import { userCachePrefix } from './local-cache.ts'

/**
 * Where the copy of the shell shown before any script is kept. Read by `web/public/boot-shell.js`
 * (plain JavaScript run by index.html before the app's code); under the user prefix, so
 * sign-out wipes it.
 */
export const bootShellKey = `${userCachePrefix}boot-shell`

/**
 * Saves the shell (`saveBootShell`) when the browser is next idle, so it costs the screen
 * nothing; returns the cancel. Call it when the screen's content has changed.
 */
export function saveBootShellSoon(userId: string, rows = 12): () => void {
  // The serializer is its own chunk: nothing of it is needed to paint the first screen.
  const save = () => {
    const shell = document.querySelector('.shell')
    if (!shell) return
    void import('./boot-shell-save.ts').then((module) =>
      module.saveBootShell(userId, shell, '.portfolio-list', rows),
    )
  }
  if (!('requestIdleCallback' in window)) {
    const timer = setTimeout(save, 1000)
    return () => clearTimeout(timer)
  }
  const handle = window.requestIdleCallback(save, { timeout: 5000 })
  return () => window.cancelIdleCallback(handle)
}

/**
 * Removes the shell painted by index.html as soon as the app renders anything, in the same
 * frame (a mutation observer runs before the next paint). Until then the boot shell stays,
 * so the screen never goes blank while the device database opens.
 */
export function removeBootShellOnFirstRender(root: Element): void {
  const boot = document.getElementById('boot')
  if (!boot) return
  const observer = new MutationObserver(() => {
    if (!root.firstElementChild) return
    boot.remove()
    observer.disconnect()
  })
  observer.observe(root, { childList: true })
}
