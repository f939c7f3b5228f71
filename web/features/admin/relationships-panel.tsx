import { useState } from 'react'
import type { Fields } from '../../../api/contract/tables.ts'
import { ChoiceGroup } from '../../ui/forms/choice-group.tsx'
import { RelationshipForm } from './relationship-form.tsx'
import { RelationshipRow } from './relationship-row.tsx'
import type { AdminRelationship, AdminRelationships } from './use-admin-relationships.ts'

type Shown = 'active' | 'archived'

function Loads({ data }: { data: AdminRelationships }) {
  return (
    <details className="disclosure disclosure-plain">
      <summary className="disclosure-summary">Who holds what</summary>
      <ul className="linked-list">
        {data.people.map((person) => {
          const load = data.loads.get(person.userId)
          return (
            <li key={person.userId} className="linked-row">
              <span className="linked-name">{person.name}</span>
              <span className="linked-meta">
                {load?.primary ?? 0} primary · {load?.secondary ?? 0} secondary
              </span>
            </li>
          )
        })}
      </ul>
    </details>
  )
}

/**
 * The office's relationships for the admin, offline: create, assign, archive and restore,
 * active and archived apart, with each person's load.
 */
export function RelationshipsPanel(props: {
  data: AdminRelationships
  defaultCadence: (tier: Fields<'accounts'>['tier']) => number
  announce: (text: string) => void
}) {
  const [shown, setShown] = useState<Shown>('active')
  const { data } = props
  const rows: AdminRelationship[] = data[shown]
  return (
    <section className="panel" aria-labelledby="admin-relationships-title">
      <h2 id="admin-relationships-title" className="panel-title">
        Relationships
      </h2>
      <details className="disclosure disclosure-plain">
        <summary className="disclosure-summary">New relationship</summary>
        <RelationshipForm
          defaultCadence={props.defaultCadence}
          onSaved={(name) => props.announce(`${name} created — will sync`)}
        />
      </details>
      <Loads data={data} />
      <ChoiceGroup
        legend="Show"
        columns={2}
        value={shown}
        onChange={setShown}
        options={[
          { value: 'active', label: `Active (${data.active.length})` },
          { value: 'archived', label: `Archived (${data.archived.length})` },
        ]}
      />
      {rows.length === 0 ? (
        <p className="field-hint">
          {shown === 'active' ? 'No relationships yet.' : 'Nothing is archived.'}
        </p>
      ) : (
        <ul className="admin-relationships">
          {rows.map((row) => (
            <RelationshipRow
              key={row.account.id}
              row={row}
              people={data.people}
              defaultCadence={props.defaultCadence}
              announce={props.announce}
            />
          ))}
        </ul>
      )}
    </section>
  )
}
