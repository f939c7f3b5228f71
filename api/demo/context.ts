import type { DemoClock } from './clock.ts'
import type { Random } from './random.ts'
import type { AccountSpec, UserKey } from './specs.ts'
import type { AccountRow, ContactRow } from './types.ts'

/** One built relationship, with what the later builders need to refer to it. */
export interface BuiltAccount {
  spec: AccountSpec
  row: AccountRow
  contacts: ContactRow[]
  /** Who writes its check-ins and owns our commitments when the spec names no one. */
  owner: UserKey
}

/** What every builder shares: the clock, the random source and the rows built so far. */
export interface BuildContext {
  clock: DemoClock
  random: Random
  userId(key: UserKey): string
  account(key: string): BuiltAccount
}
