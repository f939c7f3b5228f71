import type { AttentionKey } from '../../../api/contract/portfolio-order.ts'
import type { Fields } from '../../../api/contract/tables.ts'

export type AccountKind = Fields<'accounts'>['kind']
export type PortfolioScope = 'mine' | 'all'
/** What the portfolio lists: a scope of the relationships in the trust math, or the archived. */
export type PortfolioView = PortfolioScope | 'archived'

/** What the portfolio's order (the contract's) and filters look at, for one relationship. */
export interface PortfolioEntry extends AttentionKey {
  kind: AccountKind
  mine: boolean
}

/**
 * The entries a scope (mine or all) and kind filter (null: every kind) keep, order unchanged.
 */
export function filterPortfolio<T extends PortfolioEntry>(
  entries: readonly T[],
  scope: PortfolioScope,
  kind: AccountKind | null,
): T[] {
  return entries.filter((e) => (scope === 'all' || e.mine) && (kind === null || e.kind === kind))
}
