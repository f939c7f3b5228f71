import { useId } from 'react'
import { nextVisitDue } from '../../../api/contract/next-visit.ts'
import { useNow } from '../../app/use-now.ts'
import type { LocalRow } from '../../local/local-db.ts'
import { localDay } from '../commitments/commitment-filter.ts'
import { saveNextVisitReminder } from './save-reminder.ts'

export interface NextVisitCalendarButtonProps {
  account: Pick<LocalRow<'accounts'>, 'id' | 'name' | 'short_name'>
  /** Its cadence target (`effectiveCadence`): its own, or the org's default for its tier. */
  cadenceDays: number
  /** The latest check-in (ISO-8601), from `lastCheckinAt`; null when never checked in. */
  lastCheckinAt: string | null
  /** Says what happened, in the screen's live region. */
  announce?: (text: string) => void
}

function dayText(day: string, today: string): string {
  if (day === today) return 'today'
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  return new Date(year, month - 1, date).toLocaleDateString(undefined, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
  })
}

/**
 * "Add next visit to calendar": downloads an all-day reminder on the day the relationship's
 * cadence says the next visit is due (today when never visited or already past it), with that
 * day and the cadence in a hint. Works offline.
 */
export function NextVisitCalendarButton(props: NextVisitCalendarButtonProps) {
  const { account, announce } = props
  const hintId = useId()
  // The due day moves from "in 3 days" to "today" without any row changing.
  const today = localDay(useNow(60_000))
  const { cadenceDays } = props
  const lastCheckinOn = props.lastCheckinAt ? localDay(new Date(props.lastCheckinAt)) : null
  const dueOn = nextVisitDue(lastCheckinOn, cadenceDays, today)

  async function save() {
    try {
      const fileName = await saveNextVisitReminder({ account, dueOn, cadenceDays, lastCheckinOn })
      announce?.(`Calendar file ready: ${fileName} — open it to add the reminder`)
    } catch {
      announce?.('The calendar file could not be made. Try again once the app has reloaded.')
    }
  }

  return (
    <div className="next-visit-reminder">
      <button
        type="button"
        className="button button-secondary"
        aria-describedby={hintId}
        onClick={() => void save()}
      >
        Add next visit to calendar
      </button>
      <p id={hintId} className="field-hint">
        Due {dayText(dueOn, today)} by the {cadenceDays}-day cadence
        {lastCheckinOn === null && ' (no check-in yet)'}
      </p>
    </div>
  )
}
