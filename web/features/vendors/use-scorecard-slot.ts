import { useLiveQuery } from 'dexie-react-hooks'
import type { ScorecardSlot } from '../../../api/contract/scorecard-grade.ts'
import type { LocalRow } from '../../local/local-db.ts'
import { findLiveScorecard } from '../../local/scorecards.ts'
import { useLocalDb } from '../../local/use-local-db.ts'

/**
 * The live scorecard already holding a vendor, agency and quarter on this device (other than
 * the one being edited), so the form can offer it before a save is refused; null when free.
 */
export function useScorecardInSlot(
  slot: ScorecardSlot,
  exceptId: string | undefined,
): LocalRow<'scorecards'> | null | undefined {
  const db = useLocalDb()
  const { vendor_account_id: vendor, agency_account_id: agency, period } = slot
  return useLiveQuery(
    async () =>
      vendor
        ? ((await findLiveScorecard(
            db,
            { vendor_account_id: vendor, agency_account_id: agency, period },
            exceptId,
          )) ?? null)
        : null,
    [db, vendor, agency, period, exceptId],
  )
}
