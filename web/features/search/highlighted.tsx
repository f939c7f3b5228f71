import type { TextPart } from './highlight.ts'

/**
 * Text cut into runs with the matched ones wrapped in `<mark>`, rendered as text (never as HTML).
 *
 * @example
 * <Highlighted parts={highlightParts(contact.name, ['ana'])} />
 */
export function Highlighted({ parts }: { parts: readonly TextPart[] }) {
  return <>{parts.map((part, n) => (part.match ? <mark key={n}>{part.text}</mark> : part.text))}</>
}
