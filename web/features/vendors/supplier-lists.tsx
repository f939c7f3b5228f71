import type { ReactNode } from 'react'
import { quarterLabel } from '../../../api/contract/quarter.ts'
import { Link } from '../../app/link.tsx'
import { relationshipHref } from '../../app/routes.ts'
import type { LocalRow } from '../../local/local-db.ts'
import { GradeBadge } from './grade-badge.tsx'
import { LinkRows } from './link-rows.tsx'
import type { SupplierLink } from './supplier-links.ts'
import type { AgencyEntry, RowsBehind, VendorEntry } from './use-cross-agency.ts'

type Account = LocalRow<'accounts'>

/** One vendor or agency with the other side of each of its links, and the rows behind each. */
function LinkedCard(props: {
  account: Account
  aside: ReactNode
  links: { link: SupplierLink; account: Account }[]
  /** Names both sides of a link, vendor first, for its summary's text alternative. */
  between: (other: Account) => string
  empty: string
  rows: RowsBehind
  canWrite: boolean
  testId: string
}) {
  return (
    <li className="panel supplier-card" data-testid={props.testId}>
      <div className="supplier-head">
        <Link href={relationshipHref(props.account.id)} className="supplier-name">
          {props.account.name}
        </Link>
        {props.aside}
      </div>
      {props.links.length === 0 ? (
        <p className="field-hint">{props.empty}</p>
      ) : (
        <ul className="supplier-links">
          {props.links.map(({ link, account }) => (
            <li key={account.id} className="supplier-link" data-testid="linked-account">
              <div className="supplier-link-head">
                <Link href={relationshipHref(account.id)}>{account.name}</Link>
                {link.latest && <GradeBadge grade={link.latest.grade} />}
              </div>
              <LinkRows
                link={link}
                rows={props.rows}
                between={props.between(account)}
                canWrite={props.canWrite}
              />
            </li>
          ))}
        </ul>
      )}
    </li>
  )
}

/**
 * Each vendor with its latest standing and the agencies it serves, each with the latest grade
 * between the two and the rows behind the link.
 */
export function VendorList(props: { entries: VendorEntry[]; rows: RowsBehind; canWrite: boolean }) {
  return (
    <ul className="supplier-list" data-testid="by-vendor">
      {props.entries.map(({ vendor, latest, agencies }) => (
        <LinkedCard
          key={vendor.id}
          testId="vendor-entry"
          account={vendor}
          aside={
            <span className="supplier-standing">
              <GradeBadge grade={latest?.grade ?? null} />
              <span className="item-meta">
                {latest ? quarterLabel(latest.period) : 'Not scored'}
              </span>
            </span>
          }
          links={agencies}
          between={(agency) => `${vendor.name} and ${agency.name}`}
          empty="Serves no agency on this device yet."
          rows={props.rows}
          canWrite={props.canWrite}
        />
      ))}
    </ul>
  )
}

/**
 * Each agency (or partner) with the vendors serving it, the latest grade between them and the
 * rows behind each link.
 */
export function AgencyList(props: { entries: AgencyEntry[]; rows: RowsBehind; canWrite: boolean }) {
  return (
    <ul className="supplier-list" data-testid="by-agency">
      {props.entries.map(({ agency, vendors }) => (
        <LinkedCard
          key={agency.id}
          testId="agency-entry"
          account={agency}
          aside={
            <span className="item-meta">
              {vendors.length} {vendors.length === 1 ? 'vendor' : 'vendors'}
            </span>
          }
          links={vendors}
          between={(vendor) => `${vendor.name} and ${agency.name}`}
          empty="No vendor serves it on this device yet."
          rows={props.rows}
          canWrite={props.canWrite}
        />
      ))}
    </ul>
  )
}
