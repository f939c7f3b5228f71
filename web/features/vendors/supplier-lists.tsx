import { quarterLabel } from '../../../api/contract/quarter.ts'
import { Link } from '../../app/link.tsx'
import { relationshipHref } from '../../app/routes.ts'
import { GradeBadge } from './grade-badge.tsx'
import { LinkRows } from './link-rows.tsx'
import type { AgencyEntry, RowsBehind, VendorEntry } from './use-cross-agency.ts'

/**
 * Each vendor with its latest standing and the agencies it serves, each with the latest grade
 * between the two and the rows behind the link.
 *
 * @example
 * <VendorList entries={view.byVendor} rows={view.rows} canWrite />
 */
export function VendorList(props: { entries: VendorEntry[]; rows: RowsBehind; canWrite: boolean }) {
  return (
    <ul className="supplier-list" data-testid="by-vendor">
      {props.entries.map(({ vendor, latest, agencies }) => (
        <li key={vendor.id} className="panel supplier-card" data-testid="vendor-entry">
          <div className="supplier-head">
            <Link href={relationshipHref(vendor.id)} className="supplier-name">
              {vendor.name}
            </Link>
            <span className="supplier-standing">
              <GradeBadge grade={latest?.grade ?? null} />
              <span className="item-meta">
                {latest ? quarterLabel(latest.period) : 'Not scored'}
              </span>
            </span>
          </div>
          {agencies.length === 0 ? (
            <p className="field-hint">Serves no agency on this device yet.</p>
          ) : (
            <ul className="supplier-links">
              {agencies.map(({ link, account }) => (
                <li key={account.id} className="supplier-link" data-testid="served-agency">
                  <div className="supplier-link-head">
                    <Link href={relationshipHref(account.id)}>{account.name}</Link>
                    {link.latest && <GradeBadge grade={link.latest.grade} />}
                  </div>
                  <LinkRows
                    link={link}
                    rows={props.rows}
                    between={`${vendor.name} and ${account.name}`}
                    canWrite={props.canWrite}
                  />
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  )
}

/**
 * Each agency (or partner) with the vendors serving it, the latest grade between them and the
 * rows behind each link.
 *
 * @example
 * <AgencyList entries={view.byAgency} rows={view.rows} canWrite />
 */
export function AgencyList(props: { entries: AgencyEntry[]; rows: RowsBehind; canWrite: boolean }) {
  return (
    <ul className="supplier-list" data-testid="by-agency">
      {props.entries.map(({ agency, vendors }) => (
        <li key={agency.id} className="panel supplier-card" data-testid="agency-entry">
          <div className="supplier-head">
            <Link href={relationshipHref(agency.id)} className="supplier-name">
              {agency.name}
            </Link>
            <span className="item-meta">
              {vendors.length} {vendors.length === 1 ? 'vendor' : 'vendors'}
            </span>
          </div>
          <ul className="supplier-links">
            {vendors.map(({ link, account }) => (
              <li key={account.id} className="supplier-link">
                <div className="supplier-link-head">
                  <Link href={relationshipHref(account.id)}>{account.name}</Link>
                  {link.latest && <GradeBadge grade={link.latest.grade} />}
                </div>
                <LinkRows
                  link={link}
                  rows={props.rows}
                  between={`${account.name} and ${agency.name}`}
                  canWrite={props.canWrite}
                />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  )
}
