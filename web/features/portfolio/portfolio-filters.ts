import { useState } from 'react'
import type { AccountKind, PortfolioView } from './portfolio-entry.ts'

// Kept for the session so the list is as it was left when coming back from a briefing.
let remembered: { scope: PortfolioView | null; kind: AccountKind | null } = {
  scope: null,
  kind: null,
}

/**
 * The portfolio's scope (mine, all or archived) and kind filter. Until the person picks a scope
 * it is "mine" when they have relationships of their own, "all" otherwise.
 */
export function usePortfolioFilters(hasMine: boolean) {
  const [chosen, setChosen] = useState(remembered.scope)
  const [kind, setKindState] = useState(remembered.kind)
  return {
    scope: chosen ?? (hasMine ? 'mine' : 'all'),
    kind,
    setScope(scope: PortfolioView) {
      remembered = { ...remembered, scope }
      setChosen(scope)
    },
    setKind(next: AccountKind | null) {
      remembered = { ...remembered, kind: next }
      setKindState(next)
    },
  }
}
