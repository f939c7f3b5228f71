import {
  componentPoints,
  overduePoints,
  trustWindowDays,
  type computeComponents,
  type TrustAccount,
} from './trust-index.ts'

type Computed = ReturnType<typeof computeComponents>

interface Reason {
  text: string
  /** Points of the 100 this driver costs, to put the weakest first. */
  cost: number
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`
const oneDecimal = (value: number) => (Math.round(value * 10) / 10).toFixed(1)

function pulseReason(computed: Computed): Reason | null {
  const cost = componentPoints('pulse') * (1 - computed.components.pulse)
  const { pulses } = computed
  if (!pulses.length) return { text: 'No trust reading in 6 months', cost }
  const ordered = [...pulses].sort((a, b) => Date.parse(a.occurred_at) - Date.parse(b.occurred_at))
  const latest = ordered.at(-1)?.trust_pulse ?? 0
  const earlier = ordered.slice(0, -1).map((c) => c.trust_pulse ?? 0)
  if (earlier.length) {
    const mean = earlier.reduce((sum, p) => sum + p, 0) / earlier.length
    if (mean - latest >= 0.5) {
      return { text: `Trust pulse fell from ${oneDecimal(mean)} to ${oneDecimal(latest)}`, cost }
    }
  }
  if (computed.components.pulse < 0.5) {
    const onScale = 1 + 4 * computed.components.pulse
    return { text: `Trust pulse is low (${oneDecimal(onScale)} of 5)`, cost }
  }
  return null
}

function breadthReason(computed: Computed, contactCount: number): Reason | null {
  const cost = componentPoints('breadth') * (1 - computed.components.breadth)
  if (computed.components.breadth >= 1) return null
  if (!contactCount) return { text: 'No stakeholders recorded', cost }
  const engaged = computed.engaged.size
  if (!engaged) return { text: `No stakeholders engaged in ${trustWindowDays.breadth} days`, cost }
  if (engaged === 1) return { text: 'Only one stakeholder engaged', cost }
  return { text: `Only ${engaged} stakeholders engaged`, cost }
}

/**
 * Plain sentences naming the weakest drivers of a trust index, weakest first: what a BRM
 * manager should act on before the next visit.
 */
export function trustReasons(
  account: TrustAccount,
  computed: Computed,
  contactCount: number,
): string[] {
  const { components, overdueCount, daysSinceContact, due, keptOnTime } = computed
  const reasons: (Reason | null)[] = [
    components.cadence < 1
      ? {
          text:
            daysSinceContact === null
              ? 'No check-in recorded yet'
              : `No contact for ${daysSinceContact} days (target ${account.cadence_days})`,
          cost: componentPoints('cadence') * (1 - components.cadence),
        }
      : null,
    overdueCount
      ? {
          text: plural(overdueCount, 'overdue commitment', 'overdue commitments'),
          cost: overduePoints(overdueCount),
        }
      : null,
    pulseReason(computed),
    due.length && keptOnTime.length < due.length
      ? {
          text: `${keptOnTime.length} of ${plural(due.length, 'commitment', 'commitments')} kept on time`,
          cost: componentPoints('follow_through') * (1 - components.follow_through),
        }
      : null,
    components.strategic_seat === 0
      ? {
          text: 'Not invited to strategic planning in 6 months',
          cost: componentPoints('strategic_seat'),
        }
      : null,
    breadthReason(computed, contactCount),
  ]
  return reasons
    .filter((r): r is Reason => r !== null && r.cost >= 2)
    .sort((a, b) => b.cost - a.cost)
    .slice(0, 4)
    .map((r) => r.text)
}
