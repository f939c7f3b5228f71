import { EmptyState, Screen } from '../shell/screen.tsx'

/**
 * Home: the relationships that need attention first. Placeholder until sync lands.
 *
 * @example
 * <PortfolioScreen />
 */
export function PortfolioScreen() {
  return (
    <Screen title="Portfolio">
      <EmptyState title="No relationships on this device yet">
        Your relationships appear here once they sync, most in need of attention first — with each
        one's trust score, trend and days since last contact.
      </EmptyState>
    </Screen>
  )
}
