import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { memberName } from '../../local/member-names.ts'
import { addForumMember } from '../../local/governance.ts'
import type { LocalRow } from '../../local/local-db.ts'
import { deleteRow } from '../../local/local-write.ts'
import { useLocalDb } from '../../sync/sync-provider.tsx'
import { SelectField } from '../forms/select-field.tsx'
import type { Seat } from './forum-summary.ts'
import { seatRoleLabels } from './governance-text.ts'

const kindLabels = { person: 'Our people', account: 'Relationships', contact: 'Their people' }
type Role = LocalRow<'forum_members'>['role']
const roles = Object.keys(seatRoleLabels) as Role[]

/** Who could be seated: our people, relationships, and their contacts, each once. */
function useSeatChoices() {
  const db = useLocalDb()
  return useLiveQuery(async () => {
    const [members, accounts, contacts] = await Promise.all([
      db.members.toArray(),
      db.accounts.orderBy('name').toArray(),
      db.contacts.toArray(),
    ])
    const names = new Map(accounts.map((a) => [a.id, a.short_name ?? a.name]))
    return [
      ...members
        .filter((m) => !m.deleted_at)
        .map((m) => ({ value: `user_id:${m.user_id}`, label: `${memberName(m)} (our office)` })),
      ...accounts
        .filter((a) => !a.deleted_at)
        .map((a) => ({ value: `account_id:${a.id}`, label: a.name })),
      ...contacts
        .filter((c) => !c.deleted_at && names.has(c.account_id))
        .map((c) => ({
          value: `contact_id:${c.id}`,
          label: `${c.name}, ${names.get(c.account_id)}`,
        }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    ]
  }, [db])
}

/**
 * A forum's seats, grouped — our people, relationships, their people — with their roles; for
 * leads and admins, seating someone new and unseating in one tap.
 *
 * @example
 * <ForumSeats forum={forum} seats={summary.seats} canKeep announce={announce} />
 */
export function ForumSeats(props: {
  forum: LocalRow<'forums'>
  seats: Seat[]
  canKeep: boolean
  announce: (text: string) => void
}) {
  const db = useLocalDb()
  const choices = useSeatChoices()
  const [who, setWho] = useState('')
  const [role, setRole] = useState<Role>('member')
  const seated = new Set(props.seats.map((s) => s.refId))
  const open = (choices ?? []).filter((c) => !seated.has(c.value.split(':')[1] ?? ''))

  async function seat() {
    const [column, id] = who.split(':') as ['user_id' | 'account_id' | 'contact_id', string]
    await addForumMember(db, props.forum, { [column]: id, role })
    props.announce(`${open.find((c) => c.value === who)?.label ?? 'Member'} seated — will sync`)
    setWho('')
  }

  return (
    <>
      {(['person', 'account', 'contact'] as const).map((kind) => {
        const group = props.seats.filter((s) => s.kind === kind)
        if (group.length === 0) return null
        return (
          <div key={kind} className="commitment-group">
            <h3 className="commitment-group-title">{kindLabels[kind]}</h3>
            <ul className="linked-list">
              {group.map((seat) => (
                <li key={seat.id} className="standing-row">
                  <span>
                    {seat.name}
                    {seat.of && <span className="item-meta">, {seat.of}</span>}
                    <span className="item-meta"> · {seatRoleLabels[seat.role]}</span>
                  </span>
                  {props.canKeep && (
                    <button
                      type="button"
                      className="button button-quiet button-small"
                      onClick={() => void deleteRow(db, 'forum_members', seat.id)}
                    >
                      Remove<span className="visually-hidden"> {seat.name}</span>
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </div>
        )
      })}
      {props.canKeep && (
        <div className="filter-row">
          <SelectField
            id="seat-who"
            label="Seat someone"
            value={who}
            onChange={setWho}
            options={[{ value: '', label: 'Pick a person or relationship' }, ...open]}
          />
          <SelectField
            id="seat-role"
            label="As"
            value={role}
            onChange={(value) => setRole(value as Role)}
            options={roles.map((r) => ({ value: r, label: seatRoleLabels[r] }))}
          />
          <button
            type="button"
            className="button button-secondary"
            disabled={!who}
            onClick={() => void seat()}
          >
            Seat
          </button>
        </div>
      )}
    </>
  )
}
