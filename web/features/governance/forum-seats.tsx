import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { forumSeatRoles, type ForumSeatRole } from '../../../api/contract/governance.ts'
import { memberName } from '../../local/member-names.ts'
import { addForumMember } from '../../local/governance.ts'
import type { LocalRow } from '../../local/local-db.ts'
import { deleteRow } from '../../local/local-write.ts'
import { useLocalDb } from '../../local/use-local-db.ts'
import { SelectField } from '../../ui/forms/select-field.tsx'
import type { Seat } from './forum-summary.ts'
import { seatRoleLabels } from './governance-text.ts'

const kindLabels = { person: 'Our people', account: 'Relationships', contact: 'Their people' }

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
  const [role, setRole] = useState<ForumSeatRole>('member')
  const seated = new Set(props.seats.map((s) => s.refId))
  const open = (choices ?? []).filter((c) => !seated.has(c.value.split(':')[1] ?? ''))

  // A local write fails only when the device's storage does; say so rather than nothing.
  async function saying(change: () => Promise<unknown>, done: string) {
    try {
      await change()
      props.announce(done)
    } catch {
      props.announce('This device could not save that change; try again.')
    }
  }

  async function seat() {
    const [column, id] = who.split(':') as ['user_id' | 'account_id' | 'contact_id', string]
    const label = open.find((c) => c.value === who)?.label ?? 'Member'
    await saying(
      () => addForumMember(db, props.forum, { [column]: id, role }),
      `${label} seated — will sync`,
    )
    setWho('')
  }

  async function unseat(seat: Seat) {
    await saying(() => deleteRow(db, 'forum_members', seat.id), `${seat.name} unseated — will sync`)
    // The row and its button are gone: carry on from the seating controls.
    document.getElementById('seat-who')?.focus()
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
                      onClick={() => void unseat(seat)}
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
            onChange={(value) => setRole(value as ForumSeatRole)}
            options={forumSeatRoles.map((r) => ({ value: r, label: seatRoleLabels[r] }))}
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
