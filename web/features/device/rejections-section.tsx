import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { relativeTime } from '../../app/relative-time.ts'
import { useNow } from '../../app/use-now.ts'
import type { LocalDb, Rejection } from '../../local/local-db.ts'
import { dismissRejection, listRejections } from '../../local/rejections.ts'
import { useLocalDb } from '../../local/use-local-db.ts'
import { describeRejection, typedText } from './rejection-text.ts'

async function accountName(db: LocalDb, rejection: Rejection): Promise<string | null> {
  const accountId =
    rejection.table === 'accounts' ? rejection.id : (rejection.fields?.account_id as unknown)
  if (typeof accountId !== 'string') return null
  return (await db.accounts.get(accountId))?.name ?? null
}

function RejectionItem({ rejection, account }: { rejection: Rejection; account: string | null }) {
  const db = useLocalDb()
  const now = useNow(60_000)
  const [copied, setCopied] = useState(false)
  const text = describeRejection(rejection)
  const title = account ? `${text.what} · ${account}` : text.what
  return (
    <li className="rejection">
      <p className="rejection-title">{title}</p>
      <p className="rejection-why">
        {text.why}{' '}
        <span className="rejection-when">Refused {relativeTime(rejection.at, now)}.</span>
      </p>
      {rejection.message && <p className="rejection-server">Server: {rejection.message}</p>}
      {text.typed.map(({ label, text: typed }) => (
        <div key={label} className="rejection-typed">
          <p className="rejection-typed-label">{label}</p>
          <p className="rejection-typed-text">{typed}</p>
        </div>
      ))}
      {text.alsoChanged.length > 0 && (
        <p className="rejection-also">Also changed: {text.alsoChanged.join(', ')}</p>
      )}
      <div className="device-actions">
        {text.typed.length > 0 && navigator.clipboard && (
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() =>
              void navigator.clipboard.writeText(typedText(text)).then(() => setCopied(true))
            }
          >
            {copied ? 'Copied' : 'Copy text'}
          </button>
        )}
        <button
          type="button"
          className="button button-quiet button-small"
          aria-label={`Dismiss: ${title}`}
          onClick={() => void dismissRejection(db, rejection.seq)}
        >
          Dismiss
        </button>
      </div>
    </li>
  )
}

/**
 * The changes the server refused, each with why and with the text that was typed, so nothing
 * typed is lost even when the server says no. Hidden when there are none.
 */
export function RejectionsSection() {
  const db = useLocalDb()
  const items = useLiveQuery(
    async () =>
      Promise.all(
        (await listRejections(db)).map(async (rejection) => ({
          rejection,
          account: await accountName(db, rejection),
        })),
      ),
    [db],
  )
  if (!items || items.length === 0) return null
  return (
    <section className="device-section" aria-labelledby="device-rejections-title">
      <h2 id="device-rejections-title" className="device-section-title">
        Changes the server refused ({items.length})
      </h2>
      <p className="device-note">
        These were not saved on the server. What you typed is kept here: copy it to try again.
      </p>
      <ul className="rejection-list">
        {items.map(({ rejection, account }) => (
          <RejectionItem key={rejection.seq} rejection={rejection} account={account} />
        ))}
      </ul>
    </section>
  )
}
