import { useMemo } from 'react'
import { Screen } from '../shell/screen.tsx'
import { useSignedIn } from '../shell/signed-in.tsx'
import { accountKindLabels } from '../relationship/account-labels.ts'
import { FilteredOut, NothingSynced } from './portfolio-empty.tsx'
import { usePortfolioFilters } from './portfolio-filters.ts'
import { filterPortfolio, type AccountKind, type PortfolioScope } from './portfolio-order.ts'
import { PortfolioRow } from './portfolio-row.tsx'
import { PortfolioToolbar } from './portfolio-toolbar.tsx'
import { usePortfolio, type PortfolioRow as Row } from './use-portfolio.ts'

function countsOf(rows: Row[], scope: PortfolioScope) {
  const kinds: Record<AccountKind, number> = { agency: 0, vendor: 0, partner: 0, internal: 0 }
  let mine = 0
  for (const row of rows) {
    if (row.mine) mine += 1
    if (scope === 'all' || row.mine) kinds[row.kind] += 1
  }
  return { mine, all: rows.length, kinds }
}

function summaryText(shown: Row[]): string {
  const atRisk = shown.filter((row) => row.band === 'at_risk').length
  return `${shown.length} ${shown.length === 1 ? 'relationship' : 'relationships'} · ${atRisk} at risk`
}

/**
 * Home: every relationship on the device with its trust index, most in need of attention first,
 * the person's own by default. Computed on the device, so it opens offline.
 *
 * @example
 * <PortfolioScreen />
 */
export function PortfolioScreen() {
  const { userId } = useSignedIn()
  const { rows, live } = usePortfolio(userId)
  const hasMine = rows?.some((row) => row.mine) ?? true
  const { scope, kind, setScope, setKind } = usePortfolioFilters(hasMine)
  const counts = useMemo(() => rows && countsOf(rows, scope), [rows, scope])
  const shown = useMemo(() => rows && filterPortfolio(rows, scope, kind), [rows, scope, kind])
  const kindWord = kind ? accountKindLabels[kind].toLowerCase() : ''

  let body
  if (!rows || !shown) body = <p className="loading-note">Loading your portfolio…</p>
  else if (rows.length === 0 && live) body = <NothingSynced />
  else if (scope === 'mine' && counts?.mine === 0) {
    body = (
      <FilteredOut
        title="No relationships are assigned to you"
        action="Show all relationships"
        onAction={() => setScope('all')}
      >
        An admin assigns relationships to managers. Meanwhile, everyone’s are under All.
      </FilteredOut>
    )
  } else if (shown.length === 0) {
    body = (
      <FilteredOut
        title={`No ${kindWord} relationships ${scope === 'mine' ? 'of yours' : 'here'}`}
        action="Show every kind"
        onAction={() => setKind(null)}
      >
        {scope === 'mine'
          ? `None of your relationships is a ${kindWord}. Show every kind, or choose All.`
          : `There is no ${kindWord} relationship on this device. Show every kind instead.`}
      </FilteredOut>
    )
  } else {
    body = (
      <ul
        className="portfolio-list"
        aria-label="Relationships, most in need of attention first"
        aria-busy={!live}
        data-live={live}
      >
        {shown.map((row) => (
          <PortfolioRow key={row.id} row={row} showMine={scope === 'all'} />
        ))}
      </ul>
    )
  }

  return (
    <Screen title="Portfolio">
      <PortfolioToolbar
        scope={scope}
        kind={kind}
        counts={counts}
        onScope={setScope}
        onKind={setKind}
      />
      <p className="portfolio-summary" role="status">
        {shown && shown.length > 0 ? summaryText(shown) : ''}
      </p>
      {body}
    </Screen>
  )
}
