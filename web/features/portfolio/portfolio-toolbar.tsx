import { ChoiceGroup } from '../../ui/forms/choice-group.tsx'
import { accountKindLabels } from '../relationship/account-labels.ts'
import type { AccountKind, PortfolioView } from './portfolio-entry.ts'

const kinds = Object.keys(accountKindLabels) as AccountKind[]
const counted = (label: string, count: number | undefined) =>
  count === undefined ? label : `${label} (${count})`
const detail = (count: number | undefined) => (count === undefined ? '…' : String(count))

/**
 * The portfolio's filters: mine, all or the archived ones, one kind of relationship or every
 * kind, and in everyone's list one manager's relationships or any.
 */
export function PortfolioToolbar(props: {
  scope: PortfolioView
  kind: AccountKind | null
  /** How many relationships each choice shows; undefined while loading. */
  counts?: {
    mine: number
    all: number
    /** Undefined while the archived ones are read. */
    archived: number | undefined
    kinds: Record<AccountKind, number>
  }
  onScope: (scope: PortfolioView) => void
  onKind: (kind: AccountKind | null) => void
  /** The managers with relationships, for everyone's list; '' for any manager. */
  owners: { id: string; name: string }[]
  owner: string
  onOwner: (owner: string) => void
}) {
  const { counts } = props
  return (
    <>
      <div className="portfolio-toolbar">
        <ChoiceGroup
          legend="Show"
          options={[
            { value: 'mine', label: 'Mine', detail: detail(counts?.mine) },
            { value: 'all', label: 'All', detail: detail(counts?.all) },
            { value: 'archived', label: 'Archived', detail: detail(counts?.archived) },
          ]}
          value={props.scope}
          onChange={props.onScope}
          columns={3}
        />
        <div className="field">
          <label htmlFor="portfolio-kind">Kind</label>
          <select
            id="portfolio-kind"
            value={props.kind ?? ''}
            onChange={(e) => props.onKind((e.target.value || null) as AccountKind | null)}
          >
            <option value="">Every kind</option>
            {kinds.map((kind) => (
              <option key={kind} value={kind}>
                {counted(accountKindLabels[kind], counts?.kinds[kind])}
              </option>
            ))}
          </select>
        </div>
      </div>
      {props.scope === 'all' && props.owners.length > 0 && (
        <div className="field">
          <label htmlFor="portfolio-owner">Manager</label>
          <select
            id="portfolio-owner"
            value={props.owner}
            onChange={(e) => props.onOwner(e.target.value)}
          >
            <option value="">Any manager</option>
            {props.owners.map((owner) => (
              <option key={owner.id} value={owner.id}>
                {owner.name}
              </option>
            ))}
          </select>
        </div>
      )}
    </>
  )
}
