import { useEffect, useMemo } from 'react'
import { saveBootShellSoon } from '../../app/boot-shell.ts'
import { markFirstScreenReady } from '../../app/first-screen.ts'
import { Screen } from '../../ui/screen.tsx'
import { useSignedIn } from '../../app/shell/signed-in.tsx'
import { accountKindLabels } from '../relationship/account-labels.ts'
import { FilteredOut, NothingSynced } from './portfolio-empty.tsx'
import { usePortfolioFilters } from './portfolio-filters.ts'
import {
  filterPortfolio,
  type AccountKind,
  type PortfolioScope,
  type PortfolioView,
} from './portfolio-entry.ts'
import { ArchivedList } from './archived-list.tsx'
import { useArchivedAccounts, type ArchivedAccount } from './use-archived-accounts.ts'
import { PortfolioRow } from './portfolio-row.tsx'
import { PortfolioToolbar } from './portfolio-toolbar.tsx'
import { usePortfolio, type PortfolioRow as Row } from './use-portfolio.ts'
import { useFirstRowsFirst } from './use-first-rows-first.ts'
import { useOwnerNames } from './use-owner-names.ts'
import { useQueryParam } from '../../app/use-query-param.ts'

function countsOf(rows: Row[], archived: ArchivedAccount[] | undefined, view: PortfolioView) {
  const kinds: Record<AccountKind, number> = { agency: 0, vendor: 0, partner: 0, internal: 0 }
  let mine = 0
  for (const row of rows) {
    if (row.mine) mine += 1
    if (view === 'all' || (view === 'mine' && row.mine)) kinds[row.kind] += 1
  }
  if (view === 'archived') for (const account of archived ?? []) kinds[account.kind] += 1
  return { mine, all: rows.length, archived: archived?.length, kinds }
}

/** The managers holding relationships as primary, by name, for the filter. */
function ownersOf(rows: Row[], names: Map<string, string>) {
  const ids = new Set(rows.flatMap((row) => (row.ownerId ? [row.ownerId] : [])))
  return [...ids]
    .map((id) => ({ id, name: names.get(id) ?? 'A colleague' }))
    .sort((a, b) => a.name.localeCompare(b.name))
}

function summaryText(shown: Row[]): string {
  const atRisk = shown.filter((row) => row.band === 'at_risk').length
  return `${shown.length} ${shown.length === 1 ? 'relationship' : 'relationships'} · ${atRisk} at risk`
}

function archivedText(shown: ArchivedAccount[] | undefined): string {
  if (!shown?.length) return ''
  return `${shown.length} archived ${shown.length === 1 ? 'relationship' : 'relationships'}`
}

/**
 * Home: every relationship on the device with its trust index, most in need of attention first,
 * the person's own by default. Computed on the device, so it opens offline.
 */
export function PortfolioScreen() {
  const { userId } = useSignedIn()
  const { rows, live } = usePortfolio(userId)
  const hasMine = rows?.some((row) => row.mine) ?? true
  const filters = usePortfolioFilters(hasMine)
  const { kind, setKind } = filters
  // A manager's list (from the team's figures) is a part of everyone's.
  const [owner, setOwner] = useQueryParam('owner')
  const view: PortfolioView = owner ? 'all' : filters.scope
  const scope: PortfolioScope = view === 'archived' ? 'all' : view
  const setScope = (next: PortfolioView) => {
    if (next !== 'all') setOwner('')
    filters.setScope(next)
  }
  const archived = useArchivedAccounts()
  const names = useOwnerNames()
  const owners = useMemo(() => ownersOf(rows ?? [], names), [rows, names])
  const counts = useMemo(() => rows && countsOf(rows, archived, view), [rows, archived, view])
  const shown = useMemo(
    () =>
      rows && filterPortfolio(rows, scope, kind).filter((row) => !owner || row.ownerId === owner),
    [rows, scope, kind, owner],
  )
  const rendered = useFirstRowsFirst(shown ?? [], live)
  const shownArchived = useMemo(
    () => archived?.filter((account) => kind === null || account.kind === kind),
    [archived, kind],
  )
  const kindWord = kind ? accountKindLabels[kind].toLowerCase() : ''
  useEffect(() => {
    if (!live) return
    markFirstScreenReady()
    // The next cold start paints this very screen before any script (web/public/boot-shell.js);
    // never the archived list, which no cold start opens on.
    if (view !== 'archived') return saveBootShellSoon(userId)
  }, [live, userId, shown, view])

  let body
  if (view === 'archived') {
    if (!shownArchived) body = <p className="loading-note">Loading your portfolio…</p>
    else if (shownArchived.length === 0) {
      body = (
        <FilteredOut
          title={`No archived ${kindWord} relationships`}
          action="Show all relationships"
          onAction={() => setScope('all')}
        >
          An archived relationship leaves the portfolio and the trust figures but keeps its history;
          an admin archives and restores them.
        </FilteredOut>
      )
    } else body = <ArchivedList accounts={shownArchived} />
  } else if (!rows || !shown) body = <p className="loading-note">Loading your portfolio…</p>
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
        {rendered.map((row) => (
          <PortfolioRow
            key={row.id}
            row={row}
            showMine={scope === 'all'}
            owner={scope === 'all' ? (names.get(row.ownerId ?? '') ?? null) : undefined}
          />
        ))}
      </ul>
    )
  }

  return (
    <Screen title="Portfolio">
      <PortfolioToolbar
        scope={view}
        kind={kind}
        counts={counts}
        onScope={setScope}
        onKind={setKind}
        owners={owners}
        owner={owner}
        onOwner={setOwner}
      />
      <p className="portfolio-summary" role="status">
        {view === 'archived'
          ? archivedText(shownArchived)
          : shown && shown.length > 0
            ? summaryText(shown)
            : ''}
      </p>
      {body}
    </Screen>
  )
}
