import { Link } from '../../app/link.tsx'
import { relationshipHref } from '../../app/routes.ts'
import { accountKindLabels } from '../relationship/account-labels.ts'
import type { ArchivedAccount } from './use-archived-accounts.ts'

/**
 * The archived relationships, by name: each opens its briefing, with its whole history. No
 * trust score: an archived relationship is out of the trust math.
 */
export function ArchivedList(props: { accounts: ArchivedAccount[] }) {
  return (
    <ul className="portfolio-list" aria-label="Archived relationships, by name">
      {props.accounts.map((account) => (
        <li key={account.id} className="portfolio-item">
          <Link
            href={relationshipHref(account.id)}
            className="portfolio-row portfolio-row-archived"
            data-testid="archived-row"
          >
            <span className="portfolio-row-head">
              <span className="portfolio-row-name">{account.name}</span>
              <span className="visually-hidden">, </span>
              <span className="tag">Archived</span>
            </span>
            <span className="portfolio-row-kind">{accountKindLabels[account.kind]}</span>
          </Link>
        </li>
      ))}
    </ul>
  )
}
