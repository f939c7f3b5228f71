import { Link } from '../../app/link.tsx'
import { EmptyState, Screen } from '../../ui/screen.tsx'

/**
 * The screen for a relationship link this device cannot open: not synced yet, or removed.
 */
export function RelationshipMissing({ screenTitle }: { screenTitle: string }) {
  return (
    <Screen title={screenTitle}>
      <EmptyState title="This relationship isn’t on this device">
        It may not have synced yet, or it was removed. <Link href="/">Back to your portfolio</Link>.
      </EmptyState>
    </Screen>
  )
}
