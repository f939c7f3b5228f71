import { bootShellKey } from './boot-shell.ts'
import { writeCached } from './local-cache.ts'

/** A node of the saved shell: text, or [tag, attributes, children]; SVG keeps its namespace. */
export type BootNode =
  string | [tag: string, attributes: Record<string, string>, children: BootNode[]]

export interface BootShell {
  userId: string
  /** The path the copy was taken on; on another path only the header and navigation are shown. */
  path: string
  tree: BootNode
}

// Tags the boot script may build; anything else (a script, a frame) is never saved.
const allowedTags = new Set(
  'div span p h1 h2 header main nav ul li a button fieldset legend label input select option svg defs clipPath rect circle path g line polyline'.split(
    ' ',
  ),
)

/**
 * The shell's DOM as plain data: tags, attributes (never event handlers, links only within the
 * app) and text; elements with `data-boot-omit` are kept empty (a relative time would be stale).
 *
 * @example
 * serializeShell(document.querySelector('.shell')!) // ['div', { class: 'shell' }, [...]]
 */
export function serializeShell(node: Node): BootNode | null {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? ''
  if (!(node instanceof Element)) return null
  // localName keeps SVG's case (clipPath), which the boot script needs to rebuild it.
  const tag = node.localName
  if (!allowedTags.has(tag)) return null
  const attributes: Record<string, string> = {}
  for (const { name, value } of node.attributes) {
    if (name.startsWith('on') || (name === 'href' && !value.startsWith('/'))) continue
    attributes[name] = value
  }
  if (node.hasAttribute('data-boot-omit')) return [tag, attributes, []]
  const children: BootNode[] = []
  for (const child of node.childNodes) {
    const kept = serializeShell(child)
    if (kept !== null) children.push(kept)
  }
  return [tag, attributes, children]
}

/**
 * Keeps a copy of the shell as it is on screen, its list cut to the first `rows` items, for the
 * next cold start to paint before the app's code has loaded.
 */
export function saveBootShell(userId: string, shell: Element, list: string, rows: number): void {
  const copy = shell.cloneNode(true) as Element
  const items = copy.querySelector(list)
  while (items && items.children.length > rows) items.lastElementChild?.remove()
  // The copy is last visit's: it must not pass for rows computed now.
  items?.setAttribute('data-live', 'false')
  items?.setAttribute('aria-busy', 'true')
  const tree = serializeShell(copy)
  if (!tree) return
  const saved: BootShell = { userId, path: window.location.pathname, tree }
  writeCached(bootShellKey, saved)
}
