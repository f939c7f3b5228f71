import type { WriteOperation } from '../contract/roles.ts'

/** One mutation being applied, and what is known so far about its row. */
export interface MutationAttempt {
  /** The signed-in user (a new check-in's author). */
  userId: string
  clientId: string
  /** The org of the row, once known: names the user's role when a write is refused. */
  orgId: string | null
  /** What the mutation turned out to do: an upsert is an update until no row is found. */
  operation: WriteOperation
}
