import { useEffect, useRef, useState } from 'react'
import type { InviteMemberResponse } from '../../../api/contract/admin-members.ts'
import { useNow } from '../../app/use-now.ts'
import { useOnline } from '../../app/use-online.ts'
import { useSyncEngine } from '../../sync/sync-provider.tsx'
import { InviteForm } from './invite-form.tsx'
import { MemberRow } from './member-row.tsx'
import { useMembers } from './use-members.ts'

/** A one-time password, shown once to be passed on; it is not kept anywhere on this device. */
function OneTimePassword(props: { name: string; password: string; onDone: () => void }) {
  const box = useRef<HTMLDivElement>(null)
  // The invite button is below the list: bring the password to the eye and the screen reader.
  useEffect(() => {
    box.current?.scrollIntoView({ block: 'center' })
    box.current?.focus()
  }, [props.password])
  return (
    <div
      ref={box}
      tabIndex={-1}
      className="notice notice-info admin-secret"
      role="group"
      aria-label="One-time password"
    >
      <p>
        {props.name} signs in with this one-time password and then sets their own. It is shown only
        now:
      </p>
      <p className="admin-secret-value" data-testid="one-time-password">
        {props.password}
      </p>
      <button type="button" className="button button-quiet" onClick={props.onDone}>
        I’ve passed it on
      </button>
    </div>
  )
}

/**
 * The people of the office, online: who they are, their role, their last sign-in; invite,
 * change a role, remove.
 */
export function PeoplePanel(props: { userId: string; announce: (text: string) => void }) {
  const online = useOnline()
  const now = useNow()
  const { members, problem, reload: reloadList } = useMembers()
  const engine = useSyncEngine()
  // A member is a synced row too: pull it now, so assigning them works offline straight after.
  const reload = async () => {
    await reloadList()
    void engine?.syncNow()
  }
  const [secret, setSecret] = useState<{ name: string; password: string } | null>(null)

  function invited(name: string, answer: InviteMemberResponse) {
    if (answer.oneTimePassword) setSecret({ name, password: answer.oneTimePassword })
    props.announce(
      answer.oneTimePassword ? `${name} was invited` : `${name} was invited and will get an e-mail`,
    )
    void reload()
  }

  return (
    <section className="panel" aria-labelledby="admin-people-title">
      <h2 id="admin-people-title" className="panel-title">
        People {members && <span className="count">({members.length})</span>}
      </h2>
      {!online && (
        <p className="notice">
          People are managed online (each needs a sign-in); connect to invite or change anyone.
        </p>
      )}
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      {members && (
        <ul className="admin-members">
          {members.map((member) => (
            <MemberRow
              key={member.memberId}
              member={member}
              isMe={member.userId === props.userId}
              now={now}
              onChanged={reload}
              announce={props.announce}
            />
          ))}
        </ul>
      )}
      {secret && (
        <OneTimePassword
          name={secret.name}
          password={secret.password}
          onDone={() => setSecret(null)}
        />
      )}
      {online && <InviteForm onInvited={invited} />}
    </section>
  )
}
