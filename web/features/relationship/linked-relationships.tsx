import { quarterLabel } from '../../../api/contract/quarter.ts'
import { Link } from '../../app/link.tsx'
import { relationshipHref } from '../../app/routes.ts'
import type { LocalRow } from '../../local/local-db.ts'
import { linkEvidence } from '../vendors/link-evidence.ts'
import { accountKindLabels } from './account-labels.ts'
import type { ShownLink } from './use-value-and-links.ts'

function LinkList({ links }: { links: ShownLink[] }) {
  return (
    <ul className="linked-list">
      {links.map((link) => (
        <li key={link.account.id}>
          <Link href={relationshipHref(link.account.id)} className="linked-row">
            <span className="linked-name">{link.account.name}</span>
            <span className="linked-meta">
              {accountKindLabels[link.account.kind]} · {linkEvidence(link)}
              {link.latest &&
                ` · Scorecard ${link.latest.grade} (${quarterLabel(link.latest.period)})`}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  )
}

/**
 * The vendors working for an agency, or the agencies a vendor serves, each linking to its own
 * briefing.
 */
export function LinkedRelationships(props: {
  account: LocalRow<'accounts'>
  vendors: ShownLink[] | undefined
  agencies: ShownLink[] | undefined
}) {
  const { vendors = [], agencies = [] } = props
  const servesAgencies = props.account.kind === 'vendor' || agencies.length > vendors.length
  const title = servesAgencies ? 'Agencies served' : 'Linked vendors'
  return (
    <section className="panel" aria-labelledby="linked-title">
      <h2 id="linked-title" className="panel-title">
        {title}
      </h2>
      {vendors.length === 0 && agencies.length === 0 ? (
        <p className="field-hint">
          {servesAgencies
            ? 'No agencies linked yet. They appear when a value item, a scorecard or a forum links this vendor to one.'
            : 'No vendors linked yet. They appear when a value item, a scorecard or a forum links one here.'}
        </p>
      ) : (
        <>
          {servesAgencies ? <LinkList links={agencies} /> : <LinkList links={vendors} />}
          {(servesAgencies ? vendors : agencies).length > 0 && (
            <>
              <h3 className="commitment-group-title">
                {servesAgencies ? 'Its own vendors' : 'Agencies it serves'}
              </h3>
              <LinkList links={servesAgencies ? vendors : agencies} />
            </>
          )}
        </>
      )}
    </section>
  )
}
