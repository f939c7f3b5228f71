import type { z } from 'zod'

function issueText(issue: z.core.$ZodIssue): string {
  if (issue.code === 'too_big' && issue.origin === 'string') {
    return `Too long: ${Number(issue.maximum).toLocaleString('en-US')} characters at most`
  }
  if (issue.code === 'too_small' && issue.origin === 'string') return 'This can’t be empty'
  return issue.message.charAt(0).toUpperCase() + issue.message.slice(1)
}

/**
 * What is wrong with one field's value by the contract's own schema for its column, in words
 * for the form (so the device refuses exactly what the server would); null when it is fine.
 *
 * @example
 * fieldProblem(writableFields.value_items.shape.title, '') // 'This can’t be empty'
 */
export function fieldProblem(schema: z.ZodType, value: unknown): string | null {
  const parsed = schema.safeParse(value)
  const issue = parsed.success ? undefined : parsed.error.issues[0]
  return issue ? issueText(issue) : null
}
