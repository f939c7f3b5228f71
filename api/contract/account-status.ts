/**
 * Whether a relationship is in the portfolio and the trust math: active and not deleted. An
 * archived one keeps its history (check-ins, commitments, value) and shows under the
 * portfolio's Archived filter, but no list of relationships, figure or score counts it. The
 * server's SQL says the same (`status = 'active' and deleted_at is null`, api/portfolio).
 */
export function isInTrustMath(account: { status: string; deleted_at?: string | null }): boolean {
  return account.status === 'active' && !account.deleted_at
}

/**
 * Whether a relationship is archived (and not deleted): what the Archived filter lists.
 */
export function isArchived(account: { status: string; deleted_at?: string | null }): boolean {
  return account.status === 'archived' && !account.deleted_at
}
