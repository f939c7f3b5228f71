import { highlightParts } from './highlight.ts'

/**
 * User text with the query's words wrapped in `<mark>`, rendered as text (never as HTML).
 *
 * @example
 * <Highlighted text={contact.name} terms={['ana']} />
 */
export function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  return (
    <>
      {highlightParts(text, terms).map((part, n) =>
        part.match ? <mark key={n}>{part.text}</mark> : part.text,
      )}
    </>
  )
}
