import { formatDate } from '../../app/relative-time.ts'
import { Link } from '../../app/link.tsx'
import { checkinDetailHref, valueItemHref } from '../../app/routes.ts'
import type { Theme } from './recurring-themes.ts'
import type { RowsBehind } from './use-cross-agency.ts'

function SourceLink(props: { source: Theme['sources'][number]; rows: RowsBehind; now: Date }) {
  const { source, rows } = props
  const where = rows.accounts.get(source.accountId)
  const name = where?.short_name ?? where?.name ?? 'A relationship'
  if (source.kind === 'value_item') {
    const item = rows.valueItems.get(source.id)
    return (
      <Link href={valueItemHref(source.id)}>
        {name}: value item “{item?.title ?? 'untitled'}”
      </Link>
    )
  }
  const checkin = rows.checkins.get(source.id)
  const when = checkin ? formatDate(new Date(checkin.occurred_at), props.now) : ''
  return (
    <Link href={checkinDetailHref(source.id)}>
      {name}: check-in {when}
      {checkin?.summary ? ` — ${checkin.summary}` : ''}
    </Link>
  )
}

/**
 * The themes raised by several agencies, most widely raised first: each with the agencies that
 * raised it, and the check-ins and value items it came from folded beneath, so a manager can
 * bring the others into an idea.
 */
export function ThemeList(props: { themes: Theme[]; rows: RowsBehind; now: Date }) {
  if (props.themes.length === 0) {
    return (
      <p className="field-hint">
        Nothing recurs yet: themes appear when two agencies or more raise the same thing in a
        check-in’s start / stop / continue or a value item.
      </p>
    )
  }
  return (
    <ol className="theme-list" data-testid="themes">
      {props.themes.map((theme) => {
        const names = theme.accountIds.map(
          (id) => props.rows.accounts.get(id)?.short_name ?? props.rows.accounts.get(id)?.name,
        )
        return (
          <li key={theme.label} className="theme">
            <p className="theme-label">{theme.label}</p>
            <p className="item-meta">
              Raised by {theme.accountIds.length}: {names.filter(Boolean).join(', ')}
            </p>
            <details className="disclosure disclosure-plain">
              <summary className="disclosure-summary">
                <span className="visually-hidden">Where “{theme.label}” came from: </span>
                <span className="disclosure-note">
                  {theme.sources.length} {theme.sources.length === 1 ? 'source' : 'sources'}
                </span>
              </summary>
              <ul className="link-rows-list">
                {theme.sources.map((source) => (
                  <li key={`${source.kind}:${source.id}`}>
                    <SourceLink source={source} rows={props.rows} now={props.now} />
                  </li>
                ))}
              </ul>
            </details>
          </li>
        )
      })}
    </ol>
  )
}
