import type { z } from 'zod'

/**
 * How long a text is, written once: texts are stored trimmed (a blank optional one as null),
 * and every length limit is measured on what is stored. The forms measure with these; the
 * server's zod schemas (tables.ts) trim before they measure; so a text one accepts the other
 * accepts. No runtime zod: the forms load without it.
 */

/**
 * What is stored of a typed optional text: trimmed, or null when blank.
 *
 * @example
 * storedText('  Met the CIO \n') // 'Met the CIO'
 * storedText('   ') // null
 */
export function storedText(typed: string): string | null {
  const text = typed.trim()
  return text === '' ? null : text
}

/** A text column's schema, as tables.ts writes them. */
export type TextSchema = z.ZodString | z.ZodNullable<z.ZodString>

/**
 * The most characters a text column takes.
 *
 * @example
 * textLimit(writableFields.checkins.shape.summary) // 4000
 */
export function textLimit(schema: TextSchema): number {
  const text = 'unwrap' in schema ? schema.unwrap() : schema
  return text.maxLength ?? Number.POSITIVE_INFINITY
}

/**
 * How far over its column's limit a typed text is, measured as stored; null within it.
 *
 * @example
 * overLimit(writableFields.checkins.shape.summary, 'x'.repeat(4001)) // { length: 4001, max: 4000 }
 */
export function overLimit(
  schema: TextSchema,
  typed: string,
): { length: number; max: number } | null {
  const length = typed.trim().length
  const max = textLimit(schema)
  return length > max ? { length, max } : null
}
