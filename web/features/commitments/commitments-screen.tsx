import { EmptyState, Screen } from '../shell/screen.tsx'

/**
 * The commitment ledger: mine, due soon, overdue, and theirs. Placeholder until sync lands.
 *
 * @example
 * <CommitmentsScreen />
 */
export function CommitmentsScreen() {
  return (
    <Screen title="Commitments">
      <EmptyState title="No commitments on this device yet">
        Commitments made at check-ins appear here once they sync — yours and the other side's,
        overdue and due soon first, each one done in a tap.
      </EmptyState>
    </Screen>
  )
}
