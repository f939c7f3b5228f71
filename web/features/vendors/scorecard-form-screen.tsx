import { useLiveQuery } from 'dexie-react-hooks'
import { Link } from '../../app/link.tsx'
import { useSearch } from '../../app/router.ts'
import { useLocalDb } from '../../local/use-local-db.ts'
import { EmptyState, Screen } from '../../ui/screen.tsx'
import { useCanWrite } from '../../app/shell/signed-in.tsx'
import { useAccountChoices } from '../value/use-account-choices.ts'
import { emptyScorecardDraft, scorecardDraftOf } from './scorecard-draft.ts'
import { ScorecardForm } from './scorecard-form.tsx'

/**
 * The quarterly scorecard of a vendor, new (vendor, agency and quarter from the address when
 * given) or to edit (`id`): the five ratings with what each means, the grade worked out live
 * with its rule, comments. One scorecard per vendor, agency (or none) and quarter: when the
 * chosen one exists, the form says so and offers it. Saved on the device; sync sends it.
 *
 * @example
 * <ScorecardFormScreen />            // /scorecards/new?vendor=…
 * <ScorecardFormScreen id={id} />    // /scorecards/…
 */
export function ScorecardFormScreen({ id }: { id?: string }) {
  const db = useLocalDb()
  const canWrite = useCanWrite()
  const preset = new URLSearchParams(useSearch())
  const card = useLiveQuery(
    async () => (id ? ((await db.scorecards.get(id)) ?? null) : null),
    [db, id],
  )
  const choices = useAccountChoices([
    card?.vendor_account_id ?? preset.get('vendor'),
    card?.agency_account_id ?? preset.get('agency'),
  ])
  const title = id ? 'Edit scorecard' : 'Score a vendor'
  if (!canWrite) {
    return (
      <Screen title={title}>
        <p className="field-hint">Viewers read scorecards; they don’t write them.</p>
      </Screen>
    )
  }
  if (card === undefined || !choices) {
    return (
      <Screen title={title}>
        <p className="loading-note">Loading…</p>
      </Screen>
    )
  }
  if (id && (!card || card.deleted_at)) {
    return (
      <Screen title="Scorecard not found">
        <EmptyState title="This scorecard isn’t on this device">
          It may have been deleted, or not synced here yet. <Link href="/value">See value</Link>.
        </EmptyState>
      </Screen>
    )
  }
  const initial = card
    ? scorecardDraftOf(card)
    : emptyScorecardDraft(
        {
          vendorId: preset.get('vendor') ?? undefined,
          agencyId: preset.get('agency') ?? undefined,
          period: preset.get('period') ?? undefined,
        },
        new Date(),
      )
  return (
    <Screen title={title}>
      <ScorecardForm key={card?.id ?? 'new'} card={card} initial={initial} choices={choices} />
    </Screen>
  )
}
