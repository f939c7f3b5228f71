import { EmptyState, Screen } from '../shell/screen.tsx'

/**
 * Offline search across accounts, contacts and notes. Placeholder until sync lands.
 *
 * @example
 * <SearchScreen />
 */
export function SearchScreen() {
  return (
    <Screen title="Search">
      <EmptyState title="Nothing to search yet">
        Once your relationships sync, you can search accounts, contacts and check-in notes here —
        even with no connection.
      </EmptyState>
    </Screen>
  )
}
