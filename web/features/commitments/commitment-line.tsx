import { useRef, useState } from 'react'
import { Link } from '../../app/link.tsx'
import { relativeTime } from '../../app/relative-time.ts'
import { checkinDetailHref, relationshipHref } from '../../app/routes.ts'
import { sideOwes } from '../checkin/checkin-options.ts'
import { dueText } from '../relationship/due-text.ts'
import { CommitmentMenu } from './commitment-menu.tsx'
import type { LedgerEntry } from './use-commitment-ledger.ts'

export interface CommitmentLineProps {
  entry: LedgerEntry
  now: Date
  canWrite: boolean
  onDone: () => void
  onDrop: () => Promise<void>
  onRedate: (dueOn: string) => Promise<void>
  onAddToCalendar: () => void
}

function CheckMark() {
  return (
    <svg className="ledger-check" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M6 12.5l4 4 8-9" fill="none" stroke="currentColor" strokeWidth="2.5" />
    </svg>
  )
}

/**
 * One open commitment: what, who owes it and when, its relationship and source check-in; done
 * with one tap on its circle, re-dated, dropped or added to the calendar from "More".
 */
export function CommitmentLine({ entry, now, canWrite, ...actions }: CommitmentLineProps) {
  const { item, account, checkin, assignee } = entry
  const [menuOpen, setMenuOpen] = useState(false)
  const more = useRef<HTMLButtonElement>(null)
  const due = dueText(item.due_on, now)
  const menuId = `ledger-menu-${item.id}`
  const classes = [
    'ledger-item',
    due.overdue && 'ledger-item-overdue',
    canWrite && 'ledger-item-doable',
  ]
  return (
    <li className={classes.filter(Boolean).join(' ')}>
      {canWrite && (
        <button type="button" className="ledger-done" onClick={actions.onDone}>
          <CheckMark />
          <span className="visually-hidden">Done: {item.title}</span>
        </button>
      )}
      <div className="ledger-text">
        <p className="ledger-title">{item.title}</p>
        <p className="ledger-due">
          {sideOwes[item.owner_side]}
          {assignee && ` · ${assignee}`}
          {' · '}
          <span className={due.overdue ? 'ledger-overdue' : undefined}>{due.text}</span>
        </p>
      </div>
      <p className="ledger-links">
        <Link href={relationshipHref(account.id)}>{account.name}</Link>
        {checkin && (
          <Link href={checkinDetailHref(checkin.id)}>
            Check-in {relativeTime(checkin.occurred_at, now)}
          </Link>
        )}
      </p>
      {(canWrite || item.due_on) && (
        <button
          ref={more}
          type="button"
          className="ledger-more"
          aria-expanded={menuOpen}
          aria-controls={menuOpen ? menuId : undefined}
          onClick={() => setMenuOpen((open) => !open)}
        >
          More<span className="visually-hidden"> for: {item.title}</span>
        </button>
      )}
      {menuOpen && (
        <CommitmentMenu
          id={menuId}
          title={item.title}
          dueOn={item.due_on}
          canWrite={canWrite}
          onRedate={async (dueOn) => {
            await actions.onRedate(dueOn)
            setMenuOpen(false)
            more.current?.focus()
          }}
          onDrop={actions.onDrop}
          onAddToCalendar={actions.onAddToCalendar}
        />
      )}
    </li>
  )
}
