import { useState } from 'react'
import type { AdminMember } from '../../../api/contract/admin-members.ts'
import { memberRoles, type MemberRole } from '../../../api/contract/roles.ts'
import { relativeTime } from '../../app/relative-time.ts'
import { ConfirmDelete } from '../../ui/forms/confirm-delete.tsx'
import { SelectField } from '../../ui/forms/select-field.tsx'
import { roleLabel } from '../../app/shell/role-label.ts'
import { changeMemberRole, removeMember } from './member-requests.ts'

const roleOptions = memberRoles.map((role) => ({ value: role, label: roleLabel(role) }))

function signInText(member: AdminMember, now: Date): string {
  if (member.mustSetPassword) return 'Invited · has not set a password yet'
  if (!member.lastSignInAt) return 'Never signed in'
  return `Signed in ${relativeTime(member.lastSignInAt, now)}`
}

/**
 * One member as the admin sees them: name, e-mail, last sign-in, their role (changed at once,
 * online) and a removal that says what it does before it does it.
 */
export function MemberRow(props: {
  member: AdminMember
  isMe: boolean
  now: Date
  onChanged: () => Promise<void>
  announce: (text: string) => void
}) {
  const { member } = props
  const name = member.displayName ?? member.email ?? 'This member'
  const [problem, setProblem] = useState<string | null>(null)

  async function changeRole(role: MemberRole) {
    try {
      await changeMemberRole(member.memberId, role)
      setProblem(null)
      props.announce(`${name} is now ${roleLabel(role)}`)
    } catch (thrown) {
      setProblem(thrown instanceof Error ? thrown.message : String(thrown))
    }
    await props.onChanged()
  }

  async function remove() {
    await removeMember(member.memberId)
    props.announce(`${name} was removed`)
    await props.onChanged()
  }

  return (
    <li className="admin-member" data-testid="admin-member">
      <div className="admin-member-who">
        <span className="linked-name">
          {name}
          {props.isMe && <span className="tag">You</span>}
        </span>
        {member.email && <span className="linked-meta admin-email">{member.email}</span>}
        <span className="linked-meta">{signInText(member, props.now)}</span>
      </div>
      <div className="admin-member-actions">
        <SelectField
          id={`role-${member.memberId}`}
          label={`Role of ${name}`}
          value={member.role}
          onChange={(value) => void changeRole(value as MemberRole)}
          options={roleOptions}
          error={problem}
          className="admin-role"
        />
        <ConfirmDelete
          id={`member-${member.memberId}`}
          label={`Remove ${name}`}
          confirmLabel="Remove"
          onDelete={remove}
        >
          Remove {name} from the office? Their sessions end now, and their next sync empties their
          devices of the office’s data; changes they have not synced yet are refused and listed for
          them. What they wrote stays for everyone else.
        </ConfirmDelete>
      </div>
    </li>
  )
}
