import { useState, type FormEvent } from 'react'
import {
  inviteMemberRequest,
  type InviteMemberResponse,
} from '../../../api/contract/admin-members.ts'
import { memberRoles, type MemberRole } from '../../../api/contract/roles.ts'
import { SelectField } from '../../ui/forms/select-field.tsx'
import { TextField } from '../../ui/forms/text-field.tsx'
import { roleLabel } from '../../app/shell/role-label.ts'
import { inviteMember } from './member-requests.ts'

const roleOptions = memberRoles.map((role) => ({ value: role, label: roleLabel(role) }))

type Problems = Partial<Record<'email' | 'display_name' | 'form', string>>

/**
 * Invites a person by e-mail with a role. In embedded mode the answer's one-time password is
 * handed to `onInvited`, to be shown once; it is never kept on the device.
 */
export function InviteForm(props: {
  onInvited: (name: string, answer: InviteMemberResponse) => void
}) {
  const [email, setEmail] = useState('')
  const [name, setName] = useState('')
  const [role, setRole] = useState<MemberRole>('manager')
  const [problems, setProblems] = useState<Problems>({})
  const [sending, setSending] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    const invite = { email: email.trim(), display_name: name, role }
    const checked = inviteMemberRequest.safeParse(invite)
    if (!checked.success) {
      const found: Problems = {}
      for (const issue of checked.error.issues) {
        const field = issue.path[0] === 'email' ? 'email' : 'display_name'
        found[field] ??= `${field === 'email' ? 'E-mail' : 'Name'} ${issue.message}`
      }
      setProblems(found)
      return
    }
    setSending(true)
    try {
      const answer = await inviteMember(invite)
      props.onInvited(checked.data.display_name, answer)
      setEmail('')
      setName('')
      setProblems({})
    } catch (thrown) {
      setProblems({ form: thrown instanceof Error ? thrown.message : String(thrown) })
    } finally {
      setSending(false)
    }
  }

  return (
    <form className="panel admin-form" onSubmit={(event) => void submit(event)} noValidate>
      <h3 className="panel-title">Invite someone</h3>
      <TextField
        id="invite-email"
        label="E-mail"
        type="text"
        inputMode="email"
        autoComplete="off"
        value={email}
        onChange={setEmail}
        error={problems.email}
      />
      <TextField
        id="invite-name"
        label="Name"
        value={name}
        onChange={setName}
        error={problems.display_name}
      />
      <SelectField
        id="invite-role"
        label="Role"
        value={role}
        onChange={(value) => setRole(value as MemberRole)}
        options={roleOptions}
      />
      {problems.form && (
        <p className="form-error" role="alert">
          {problems.form}
        </p>
      )}
      <button type="submit" className="button button-primary button-block" disabled={sending}>
        {sending ? 'Inviting…' : 'Invite'}
      </button>
    </form>
  )
}
